package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.BulkInsert;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Bucket;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.OpeningBalance;
import ir.bashgah.loyalty.domain.ledger.Openings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Opening balances as multi-row inserts on the caller's transaction, because an import writes a
 * million of them.
 */
@ApplicationScoped
public class SqlOpenings implements Openings {
  /** A balance, entry or lot row is small: 500 of them make a statement of a few tens of kilobytes. */
  private static final int ROWS_PER_STATEMENT = 500;

  @Inject PendingWrites writes;

  @Override
  public void open(List<OpeningBalance> members, String programmeCode, String levelCode, Instant pointsExpiry, Instant creditExpiry, String reason, String actor,
      Instant now) {
    LocalDateTime at = UtcInstantConverter.toColumn(now);
    // The transaction's pending writes first: these rows go straight to the connection.
    writes.send();
    Connection c = writes.connection();
    try (BulkInsert standing = new BulkInsert(c, "INSERT INTO member_standing (member_id, programme_code, level_code, turnover, purchases, window_points,"
            + " updated_at) VALUES", "(?, ?, ?, 0, 0, 0, ?)", ROWS_PER_STATEMENT);
        BulkInsert balance = new BulkInsert(c, "INSERT INTO balance (member_id, asset, available, pending, updated_at) VALUES", "(?, ?, ?, 0, ?)",
            ROWS_PER_STATEMENT);
        BulkInsert entry = new BulkInsert(c, "INSERT INTO ledger_entry (id, member_id, asset, bucket, amount, kind, source_type, source_id, reason,"
            + " balance_after, occurred_at, actor) VALUES", "(?, ?, ?, ?, ?, ?, 'import', NULL, ?, ?, ?, ?)", ROWS_PER_STATEMENT);
        BulkInsert lot = new BulkInsert(c, "INSERT INTO lot (id, member_id, asset, entry_id, original, remaining, pending, earned_at, available_at,"
            + " expires_at) VALUES", "(?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)", ROWS_PER_STATEMENT)) {
      for (OpeningBalance o : members) {
        standing.add(o.memberId(), programmeCode, levelCode, at);
        add(balance, entry, lot, o.memberId(), Asset.POINTS, o.points(), reason, actor, at, UtcInstantConverter.toColumn(pointsExpiry));
        add(balance, entry, lot, o.memberId(), Asset.CREDIT, o.credit(), reason, actor, at, UtcInstantConverter.toColumn(creditExpiry));
      }
      standing.flush();
      balance.flush();
      entry.flush();
      lot.flush();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the opening balances of " + members.size() + " imported members", e);
    }
  }

  private static void add(BulkInsert balance, BulkInsert entry, BulkInsert lot, long memberId, Asset asset, long amount, String reason, String actor,
      LocalDateTime at, LocalDateTime expiresAt) {
    if (amount < 0) {
      // An opening balance is what the member brings; a debt is no lot and would break the ledger's invariants.
      throw new IllegalArgumentException("An opening balance cannot be negative: " + amount + " " + asset);
    }
    // Both rows always, as a registration opens them: a member's first movement then only locks a row
    // that exists (a locking read of a missing one takes a gap lock, and two tills deadlock in it).
    balance.add(memberId, asset.name(), amount, at);
    if (amount == 0) {
      return;
    }
    long entryId = Ids.next();
    entry.add(entryId, memberId, asset.name(), Bucket.AVAILABLE.name(), amount, EntryKind.ADJUST.name(), reason, amount, at, actor);
    lot.add(Ids.next(), memberId, asset.name(), entryId, amount, amount, at, at, expiresAt);
  }
}
