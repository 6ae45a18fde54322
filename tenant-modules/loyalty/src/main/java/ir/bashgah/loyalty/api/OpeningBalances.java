package ir.bashgah.loyalty.api;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Bucket;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.programme.ExpiryPolicy;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.infra.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Members brought in by an import (M1, L7): each joins the default programme at its lowest level with
 * his opening points and credit as ordinary ledger entries and lots. Written in JDBC batches on the
 * caller's transaction, because an import writes a million of them; the rows are exactly those the
 * ledger writes one at a time, so every invariant of the consistency check holds.
 */
@ApplicationScoped
public class OpeningBalances {
  /** A new member and what he brings. */
  public record Opening(long memberId, long points, long credit) {}

  @Inject EntityManager em;
  @Inject Programmes programmes;

  @Transactional(Transactional.TxType.MANDATORY)
  public void open(List<Opening> members, String reason, String actor, Instant now) {
    Programme programme = programmes.defaultProgramme();
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    Instant pointsExpiry = ExpiryPolicy.expiresAt(programme.rules().expiry().points(), now);
    Instant creditExpiry = ExpiryPolicy.expiresAt(programme.rules().expiry().credit(), now);
    Connection c = em.unwrap(Connection.class);
    try (PreparedStatement standing = c.prepareStatement("INSERT INTO member_standing (member_id, programme_code, level_code, turnover, purchases,"
            + " window_points, updated_at) VALUES (?, ?, ?, 0, 0, 0, ?)");
        PreparedStatement balance = c.prepareStatement("INSERT INTO balance (member_id, asset, available, pending, updated_at) VALUES (?, ?, ?, 0, ?)");
        PreparedStatement entry = c.prepareStatement("INSERT INTO ledger_entry (id, member_id, asset, bucket, amount, kind, source_type, source_id, reason,"
            + " balance_after, occurred_at, actor) VALUES (?, ?, ?, ?, ?, ?, 'import', NULL, ?, ?, ?, ?)");
        PreparedStatement lot = c.prepareStatement("INSERT INTO lot (id, member_id, asset, entry_id, original, remaining, pending, earned_at, available_at,"
            + " expires_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)")) {
      String level = programme.rules().levels().tiers().get(0).code();
      for (Opening o : members) {
        standing.setLong(1, o.memberId());
        standing.setString(2, programme.code());
        standing.setString(3, level);
        standing.setObject(4, at);
        standing.addBatch();
        add(balance, entry, lot, o.memberId(), Asset.POINTS, o.points(), reason, actor, at, pointsExpiry);
        add(balance, entry, lot, o.memberId(), Asset.CREDIT, o.credit(), reason, actor, at, creditExpiry);
      }
      standing.executeBatch();
      balance.executeBatch();
      entry.executeBatch();
      lot.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the opening balances of " + members.size() + " imported members", e);
    }
  }

  private static void add(PreparedStatement balance, PreparedStatement entry, PreparedStatement lot, long memberId, Asset asset, long amount, String reason,
      String actor, LocalDateTime at, Instant expiresAt) throws SQLException {
    if (amount <= 0) {
      return;
    }
    balance.setLong(1, memberId);
    balance.setString(2, asset.name());
    balance.setLong(3, amount);
    balance.setObject(4, at);
    balance.addBatch();
    long entryId = Ids.next();
    entry.setLong(1, entryId);
    entry.setLong(2, memberId);
    entry.setString(3, asset.name());
    entry.setString(4, Bucket.AVAILABLE.name());
    entry.setLong(5, amount);
    entry.setString(6, EntryKind.ADJUST.name());
    entry.setString(7, reason);
    entry.setLong(8, amount);
    entry.setObject(9, at);
    entry.setString(10, actor);
    entry.addBatch();
    lot.setLong(1, Ids.next());
    lot.setLong(2, memberId);
    lot.setString(3, asset.name());
    lot.setLong(4, entryId);
    lot.setLong(5, amount);
    lot.setLong(6, amount);
    lot.setObject(7, at);
    lot.setObject(8, at);
    lot.setObject(9, UtcInstantConverter.toColumn(expiresAt));
    lot.addBatch();
  }
}
