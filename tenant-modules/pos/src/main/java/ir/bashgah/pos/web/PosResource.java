package ir.bashgah.pos.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.loyalty.api.Balances;
import ir.bashgah.loyalty.api.CreditRedemptions;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberPins;
import ir.bashgah.members.api.MemberRef;
import ir.bashgah.web.idempotency.Idempotent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The till's side of the contract (POS-API.md, POS): identify a member, spend and give back credit. */
@RequestScoped
@Path("/v1/pos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PosResource {
  private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

  public record LookupRequest(String cardNumber, String memberCode, String mobile, String qr) {}

  public record BalanceShort(long points, long credit) {}

  public record LookupAnswer(String memberCode, String name, String level, String group, BalanceShort balance) {}

  public record RedemptionRequest(String memberCode, String cardNumber, Long amount, String pin, String invoiceNumber) {}

  public record CancelAnswer(BalanceView balance) {}

  @Inject MemberDirectory members;
  @Inject MemberPins pins;
  @Inject Balances balances;
  @Inject CreditRedemptions redemptions;
  @Inject Clock clock;

  @POST
  @Path("lookup")
  @Allowed(Permission.POS)
  @Transactional
  public LookupAnswer lookup(LookupRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "send one of cardNumber, memberCode, mobile");
    }
    MemberRef member;
    if (body.cardNumber() != null) {
      member = members.byPresentedCard(body.cardNumber(), today()).orElseThrow(() -> Problem.notFound("No member with this card"));
    } else if (body.memberCode() != null) {
      member = members.byCode(Digits.toLatin(body.memberCode()).trim()).orElseThrow(() -> Problem.notFound("No member with code " + body.memberCode()));
    } else if (body.mobile() != null) {
      member = members.byMobile(body.mobile()).orElseThrow(() -> Problem.notFound("No member with this mobile"));
    } else if (body.qr() != null) {
      throw Problem.invalid("qr", "member QR codes (B7) are not issued yet; send cardNumber, memberCode or mobile");
    } else {
      throw Problem.invalid("cardNumber", "send one of cardNumber, memberCode, mobile");
    }
    BalanceView balance = balances.of(member.id());
    return new LookupAnswer(member.memberCode(), member.name(), balance.level(), member.group(), new BalanceShort(balance.points(), balance.credit()));
  }

  /** Spends credit at once (L3); the PIN is checked first, and wrong PINs count even though the call fails. */
  @POST
  @Path("redemptions")
  @Allowed(Permission.POS)
  @Transactional
  @Idempotent
  public Response redeem(RedemptionRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "send {\"memberCode\" or \"cardNumber\", \"amount\", \"pin\"}");
    }
    new Validation()
        .require(body.memberCode() != null || body.cardNumber() != null, "memberCode", "send memberCode or cardNumber")
        .require(body.amount() != null && body.amount() > 0, "amount", "must be a positive whole number of rials")
        .require(body.pin() != null && !body.pin().isBlank(), "pin", "is required to spend credit")
        .require(body.invoiceNumber() == null || body.invoiceNumber().length() <= 64, "invoiceNumber", "must be at most 64 characters")
        .throwIfInvalid();
    MemberRef member = body.cardNumber() != null
        ? members.byPresentedCard(body.cardNumber(), today()).orElseThrow(() -> Problem.notFound("No member with this card"))
        : members.byCode(Digits.toLatin(body.memberCode()).trim()).orElseThrow(() -> Problem.notFound("No member with code " + body.memberCode()));
    if (!member.active() || !member.creditActive()) {
      throw new Problem(ProblemType.MEMBER_BLOCKED, member.active() ? "The member's credit is deactivated" : "The member is deactivated");
    }
    pins.verify(member.id(), body.pin());
    CreditRedemptions.Redeemed redeemed = redemptions.redeem(member.id(), member.memberCode(), body.amount(), body.invoiceNumber());
    return Response.status(Response.Status.CREATED).entity(redeemed).build();
  }

  @POST
  @Path("redemptions/{redemptionId}/cancel")
  @Allowed(Permission.POS)
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @Idempotent
  public Response cancel(@PathParam("redemptionId") String redemptionId) {
    return Response.ok(new CancelAnswer(redemptions.cancel(redemptionId))).build();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), IRAN);
  }
}
