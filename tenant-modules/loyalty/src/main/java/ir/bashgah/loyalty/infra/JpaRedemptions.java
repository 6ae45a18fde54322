package ir.bashgah.loyalty.infra;

import ir.bashgah.loyalty.domain.redemption.Redemption;
import ir.bashgah.loyalty.domain.redemption.Redemptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class JpaRedemptions implements Redemptions {
  @Inject EntityManager em;

  @Override
  public void add(Redemption redemption) {
    em.persist(redemption);
  }

  @Override
  public Optional<Redemption> find(String redemptionId) {
    try {
      return Optional.ofNullable(em.find(Redemption.class, Long.parseLong(redemptionId)));
    } catch (NumberFormatException e) {
      // not one of ours
      return Optional.empty();
    }
  }

  @Override
  public void lock(Redemption redemption) {
    em.refresh(redemption, LockModeType.PESSIMISTIC_WRITE);
  }
}
