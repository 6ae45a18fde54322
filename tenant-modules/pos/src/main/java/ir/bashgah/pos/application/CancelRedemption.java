package ir.bashgah.pos.application;

import ir.bashgah.loyalty.api.CreditRedemptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The till gives a redemption's credit back, as long as no invoice used it; cancelling twice is harmless. */
@ApplicationScoped
public class CancelRedemption {
  @Inject CreditRedemptions redemptions;

  public CancelAnswer cancel(String redemptionId) {
    return new CancelAnswer(redemptions.cancel(redemptionId));
  }
}
