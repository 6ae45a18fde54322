package ir.bashgah.pos.application;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.api.Balances;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberIdentifiers;
import ir.bashgah.members.api.MemberQrCodes;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The till identifies a member (docs/integration.md, lookup) by card, member code, mobile or personal QR code, and sees his balances and level. */
@ApplicationScoped
public class IdentifyMember {
  @Inject FindBuyer buyers;
  @Inject MemberDirectory members;
  @Inject MemberQrCodes qrCodes;
  @Inject Balances balances;

  public LookupAnswer identify(LookupRequest request) {
    Validation v = new Validation();
    v.require(request.cardNumber() == null || MemberIdentifiers.isCardNumber(request.cardNumber()), "cardNumber", MemberIdentifiers.CARD_NUMBER_RULE);
    v.require(request.memberCode() == null || MemberIdentifiers.isMemberCode(request.memberCode()), "memberCode", MemberIdentifiers.MEMBER_CODE_RULE);
    v.require(request.mobile() == null || request.mobile().length() <= 40 && IranianMobile.normalize(request.mobile()).isPresent(), "mobile",
        "must be an Iranian mobile number such as 09121234567");
    v.require(request.qr() == null || request.qr().length() <= 1_000, "qr", "is not a member's QR code");
    v.throwIfInvalid();
    MemberRef member;
    if (request.cardNumber() != null) {
      member = buyers.byCard(request.cardNumber());
    } else if (request.memberCode() != null) {
      member = members.byCode(Digits.toLatin(request.memberCode()).trim()).orElseThrow(() -> Problem.notFound("No member with code " + request.memberCode()));
    } else if (request.mobile() != null) {
      member = members.byMobile(request.mobile()).orElseThrow(() -> Problem.notFound("No member with this mobile"));
    } else if (request.qr() != null) {
      member = qrCodes.identify(request.qr());
    } else {
      throw Problem.invalid("cardNumber", "send one of cardNumber, memberCode, mobile, qr");
    }
    FindBuyer.active(member);
    BalanceView balance = balances.of(member.id());
    return new LookupAnswer(member.memberCode(), member.name(), balance.level(), balance.levelName(), balance.discountPercent(), member.group(),
        new BalanceShort(balance.points(), balance.credit()), balance.pendingPoints());
  }
}
