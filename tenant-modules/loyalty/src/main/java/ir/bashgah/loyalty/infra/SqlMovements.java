package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Movements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Conversions and transfers as rows of their own tables, in the caller's transaction. */
@ApplicationScoped
public class SqlMovements implements Movements {
  @Inject EntityManager em;

  @Override
  public void conversion(long id, long memberId, long points, long credit, long ratePoints, long rateRials, Instant at, String actor) {
    em.createNativeQuery("INSERT INTO conversion (id, member_id, points, credit, rate_points, rate_rials, created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, id).setParameter(2, memberId).setParameter(3, points).setParameter(4, credit).setParameter(5, ratePoints)
        .setParameter(6, rateRials).setParameter(7, UtcInstantConverter.toColumn(at)).setParameter(8, actor).executeUpdate();
  }

  @Override
  public void transfer(long id, long fromMemberId, long toMemberId, Asset asset, long amount, String reason, Instant at, String actor) {
    em.createNativeQuery("INSERT INTO balance_transfer (id, from_member_id, to_member_id, asset, amount, reason, created_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, id).setParameter(2, fromMemberId).setParameter(3, toMemberId).setParameter(4, asset.name()).setParameter(5, amount)
        .setParameter(6, reason).setParameter(7, UtcInstantConverter.toColumn(at)).setParameter(8, actor).executeUpdate();
  }
}
