package ir.bashgah.loyalty.infra;

import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.loyalty.domain.ledger.LedgerQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Questions the bonus rules ask of the ledger. */
@ApplicationScoped
public class SqlLedgerQueries implements LedgerQueries {
  @Inject EntityManager em;

  /** Whether a bonus of this kind and rule was paid to the member since {@code since}. */
  @Override
  public boolean bonusPaidSince(long memberId, String type, String id, Instant since) {
    return !em.createNativeQuery("SELECT 1 FROM ledger_entry WHERE member_id = ? AND occurred_at >= ? AND kind = 'BONUS' AND source_type = ? AND source_id = ? LIMIT 1")
        .setParameter(1, memberId).setParameter(2, UtcInstantConverter.toColumn(since)).setParameter(3, type).setParameter(4, id)
        .getResultList().isEmpty();
  }

  /** How many referees have earned this member a referral bonus. */
  @Override
  public long referralBonusesOf(long memberId) {
    return ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT source_id) FROM ledger_entry WHERE member_id = ? AND kind = 'BONUS' AND source_type = 'referral'")
        .setParameter(1, memberId).getSingleResult()).longValue();
  }
}
