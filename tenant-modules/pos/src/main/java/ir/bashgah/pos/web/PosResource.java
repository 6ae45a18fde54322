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
import ir.bashgah.members.api.MemberQrCodes;
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
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.loyalty.api.RecordReturn;
import ir.bashgah.loyalty.api.RecordSale;
import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.api.PaymentMethod;
import ir.bashgah.loyalty.api.SaleLine;
import ir.bashgah.tenancy.api.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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

  public record LineRequest(String sku, String name, String productGroup, Long quantity, Long unitPrice) {}

  public record PaymentRequest(String method, Long amount) {}

  public record InvoiceRequest(String invoiceNumber, String memberCode, String cardNumber, String issuedAt, String saleType,
      List<LineRequest> lines, List<PaymentRequest> payments, List<String> redemptionIds) {}

  public record ReturnLineRequest(String sku, Long quantity) {}

  public record ReturnRequest(String invoiceNumber, String returnNumber, List<ReturnLineRequest> lines) {}

  public record ReturnAnswer(long pointsReversed, long creditReversed, long creditRefunded, BalanceShort balance) {}

  public record InvoiceAnswer(String invoiceNumber, long total, long pointsEarned, long creditEarned, long creditRedeemed,
      BalanceShort balance, String level, List<String> receipt) {}

  @Inject MemberDirectory members;
  @Inject MemberPins pins;
  @Inject MemberQrCodes qrCodes;
  @Inject Balances balances;
  @Inject CreditRedemptions redemptions;
  @Inject RecordSale sales;
  @Inject RecordReturn returns;
  @Inject TenantDirectory tenants;
  @Inject Clock clock;

  @POST
  @Path("lookup")
  @Allowed(Permission.POS)
  @Transactional
  public LookupAnswer lookup(LookupRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "send one of cardNumber, memberCode, mobile, qr");
    }
    MemberRef member;
    if (body.cardNumber() != null) {
      member = members.byPresentedCard(body.cardNumber(), today()).orElseThrow(() -> Problem.notFound("No member with this card"));
    } else if (body.memberCode() != null) {
      member = members.byCode(Digits.toLatin(body.memberCode()).trim()).orElseThrow(() -> Problem.notFound("No member with code " + body.memberCode()));
    } else if (body.mobile() != null) {
      member = members.byMobile(body.mobile()).orElseThrow(() -> Problem.notFound("No member with this mobile"));
    } else if (body.qr() != null) {
      member = qrCodes.identify(body.qr());
    } else {
      throw Problem.invalid("cardNumber", "send one of cardNumber, memberCode, mobile, qr");
    }
    requireActive(member);
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

  /**
   * An invoice settled at the till (POS-API.md): earns per the programme and answers the receipt.
   * The invoice number is unique per branch: a terminal's branch, or the branch of the staff member.
   */
  @POST
  @Path("invoices")
  @Allowed(Permission.POS)
  @Transactional
  @Idempotent
  public Response invoice(InvoiceRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "send {\"invoiceNumber\", \"memberCode\" or \"cardNumber\", \"issuedAt\", \"lines\", \"payments\"}");
    }
    Validation v = new Validation();
    v.requireText(body.invoiceNumber(), "invoiceNumber", 64);
    v.require(body.memberCode() != null || body.cardNumber() != null, "memberCode", "send memberCode or cardNumber");
    Instant issuedAt = null;
    try {
      issuedAt = body.issuedAt() == null ? null : OffsetDateTime.parse(body.issuedAt()).toInstant();
    } catch (DateTimeParseException e) {
      // reported below
    }
    v.require(issuedAt != null, "issuedAt", "must be an ISO-8601 instant with offset, e.g. 2026-11-23T12:30:00+03:30");
    v.require(issuedAt == null || !issuedAt.isAfter(clock.instant().plus(Duration.ofHours(1))), "issuedAt", "is in the future");
    v.require(body.saleType() == null || body.saleType().length() <= 30, "saleType", "must be at most 30 characters");
    List<SaleLine> lines = new ArrayList<>();
    if (body.lines() == null || body.lines().isEmpty()) {
      v.require(false, "lines", "at least one line is required");
    } else {
      for (int i = 0; i < body.lines().size(); i++) {
        LineRequest l = body.lines().get(i);
        String at = "lines[" + i + "].";
        if (l == null) {
          v.require(false, "lines[" + i + "]", "is empty");
          continue;
        }
        v.requireText(l.sku(), at + "sku", 64);
        v.requireText(l.productGroup(), at + "productGroup", 64);
        v.require(l.name() == null || l.name().length() <= 200, at + "name", "must be at most 200 characters");
        v.require(l.quantity() != null && l.quantity() > 0, at + "quantity", "must be a positive whole number");
        v.require(l.unitPrice() != null && l.unitPrice() >= 0, at + "unitPrice", "must be a whole number of rials, 0 or more");
        if (l.quantity() != null && l.unitPrice() != null) {
          lines.add(new SaleLine(l.sku(), l.name(), l.productGroup(), l.quantity(), l.unitPrice()));
        }
      }
    }
    List<Payment> payments = new ArrayList<>();
    if (body.payments() == null || body.payments().isEmpty()) {
      v.require(false, "payments", "at least one payment is required");
    } else {
      for (int i = 0; i < body.payments().size(); i++) {
        PaymentRequest p = body.payments().get(i);
        String at = "payments[" + i + "].";
        boolean known = p != null && p.method() != null && java.util.Arrays.stream(PaymentMethod.values()).anyMatch(m -> m.name().equals(p.method()));
        v.require(known, at + "method", "must be CASH, CARD, ONLINE or CREDIT");
        v.require(p != null && p.amount() != null && p.amount() > 0, at + "amount", "must be a positive whole number of rials");
        if (known && p.amount() != null) {
          payments.add(new Payment(PaymentMethod.valueOf(p.method()), p.amount()));
        }
      }
    }
    String branch = CallContext.actor().branch();
    v.require(branch != null, "branch", "invoices come from a terminal or from staff of a branch");
    v.throwIfInvalid();

    MemberRef member = body.cardNumber() != null
        ? members.byPresentedCard(body.cardNumber(), today()).orElseThrow(() -> Problem.notFound("No member with this card"))
        : members.byCode(Digits.toLatin(body.memberCode()).trim()).orElseThrow(() -> Problem.notFound("No member with code " + body.memberCode()));
    requireActive(member);
    RecordSale.Recorded recorded = sales.record(new RecordSale.Sale(branch, body.invoiceNumber().trim(), member.id(), issuedAt,
        body.saleType(), lines, payments, body.redemptionIds() == null ? List.of() : body.redemptionIds()));
    String club = tenants.find(TenantContext.require().slug()).map(t -> t.name()).orElse("");
    return Response.status(Response.Status.CREATED)
        .entity(new InvoiceAnswer(recorded.invoiceNumber(), recorded.total(), recorded.pointsEarned(), recorded.creditEarned(),
            recorded.creditRedeemed(), new BalanceShort(recorded.balance().points(), recorded.balance().credit()), recorded.balance().level(),
            PersianReceipt.of(club, recorded, issuedAt)))
        .build();
  }

  /** A return of part or all of an invoice of this branch (POS-API.md; L5). */
  @POST
  @Path("returns")
  @Allowed(Permission.POS)
  @Transactional
  @Idempotent
  public Response giveBack(ReturnRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "send {\"invoiceNumber\", \"returnNumber\", \"lines\": [{\"sku\", \"quantity\"}]}");
    }
    Validation v = new Validation();
    v.requireText(body.invoiceNumber(), "invoiceNumber", 64);
    v.requireText(body.returnNumber(), "returnNumber", 64);
    List<RecordReturn.ReturnLine> lines = new ArrayList<>();
    if (body.lines() == null || body.lines().isEmpty()) {
      v.require(false, "lines", "at least one line is required");
    } else {
      for (int i = 0; i < body.lines().size(); i++) {
        ReturnLineRequest l = body.lines().get(i);
        v.require(l != null && l.sku() != null && !l.sku().isBlank(), "lines[" + i + "].sku", "is required");
        v.require(l != null && l.quantity() != null && l.quantity() > 0, "lines[" + i + "].quantity", "must be a positive whole number");
        if (l != null && l.sku() != null && l.quantity() != null && l.quantity() > 0) {
          lines.add(new RecordReturn.ReturnLine(l.sku(), l.quantity()));
        }
      }
    }
    String branch = CallContext.actor().branch();
    v.require(branch != null, "branch", "returns come from a terminal or from staff of a branch");
    v.throwIfInvalid();
    RecordReturn.Returned r = returns.record(branch, body.invoiceNumber().trim(), body.returnNumber().trim(), lines);
    return Response.status(Response.Status.CREATED)
        .entity(new ReturnAnswer(r.pointsReversed(), r.creditReversed(), r.creditRefunded(), new BalanceShort(r.balance().points(), r.balance().credit())))
        .build();
  }

  /** M5: a deactivated member is served nowhere at the till; whether he may spend credit is the redemption's to check. */
  private static void requireActive(MemberRef member) {
    if (!member.active()) {
      throw new Problem(ProblemType.MEMBER_BLOCKED, "The member is deactivated");
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), IRAN);
  }
}
