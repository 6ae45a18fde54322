package ir.bashgah.pos.application;

import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.loyalty.api.CreditRedemptions;
import ir.bashgah.members.api.MemberPins;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A member spends credit at the till at once (L3); the PIN is checked first, and wrong PINs count even though the call fails. */
@ApplicationScoped
public class RedeemAtTill {
  @Inject FindBuyer buyers;
  @Inject MemberPins pins;
  @Inject CreditRedemptions redemptions;

  public CreditRedemptions.Redeemed redeem(RedemptionRequest request) {
    Validation v = new Validation();
    InvoiceForm.buyer(v, request.memberCode(), request.cardNumber());
    Limits.requireAmount(v, request.amount(), "amount");
    v.require(request.pin() != null && !request.pin().isBlank(), "pin", "is required to spend credit")
        .require(request.invoiceNumber() == null || request.invoiceNumber().length() <= 64, "invoiceNumber", "must be at most 64 characters")
        .throwIfInvalid();
    MemberRef member = buyers.byCardOrCode(request.memberCode(), request.cardNumber());
    if (!member.creditActive()) {
      throw new Problem(ProblemType.MEMBER_BLOCKED, "The member's credit is deactivated");
    }
    pins.verify(member.id(), request.pin());
    return redemptions.redeem(member.id(), member.memberCode(), request.amount(), request.invoiceNumber());
  }

}
