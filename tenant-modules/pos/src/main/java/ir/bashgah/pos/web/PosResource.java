package ir.bashgah.pos.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.loyalty.api.Balances;
import ir.bashgah.loyalty.api.CreditRedemptions;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberIdentifiers;
import ir.bashgah.members.api.MemberPins;
import ir.bashgah.members.api.MemberQrCodes;
import ir.bashgah.members.api.MemberRef;
import ir.bashgah.web.api.Idempotent;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.loyalty.api.RecordReturn;
import ir.bashgah.loyalty.api.QuoteSale;
import ir.bashgah.loyalty.api.RecordSale;
import ir.bashgah.tenancy.api.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
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

  /** The limits of an invoice, for the OpenAPI description (docs/security.md, "Input limits"). */
  private static final String LIMITS = " Limits (docs/security.md): unitPrice 0 to 10^15 rials, quantity 1 to 1,000,000, a line (quantity x unitPrice),"
      + " the invoice total, each payment and their sum at most 10^15 rials; issuedAt at most ten years back and five minutes ahead of the server"
      + " clock; saleType 1-30 letters, digits, _ or -; memberCode 1-20 digits, cardNumber 16 digits with a valid check digit. Beyond: 422"
      + " validation-failed naming the field (lines[0].unitPrice, lines[1], total, payments). A value of the wrong JSON type: 400 malformed-request.";

  public record LookupRequest(String cardNumber, String memberCode, String mobile, String qr) {}

  public record BalanceShort(long points, long credit) {}

  /** The contract's answer, with the level's name and fixed discount (D1) for the till to apply, and pending points. */
  public record LookupAnswer(String memberCode, String name, String level, String levelName, java.math.BigDecimal discountPercent, String group,
      BalanceShort balance, long pendingPoints) {}

  public record RedemptionRequest(String memberCode, String cardNumber, Long amount, String pin, String invoiceNumber) {}

  public record CancelAnswer(BalanceView balance) {}

  public record ReturnLineRequest(String sku, Long quantity) {}

  public record ReturnRequest(String invoiceNumber, String returnNumber, List<ReturnLineRequest> lines) {}

  public record ReturnAnswer(long pointsReversed, long creditReversed, long creditRefunded, BalanceShort balance) {}

  /** The contract's answer; {@code availableAt} is set when the earnings wait out the return window. */
  public record InvoiceAnswer(String invoiceNumber, long total, long pointsEarned, long creditEarned, long creditRedeemed, Instant availableAt,
      BalanceShort balance, String level, List<String> receipt) {}

  @Inject MemberDirectory members;
  @Inject MemberPins pins;
  @Inject MemberQrCodes qrCodes;
  @Inject Balances balances;
  @Inject CreditRedemptions redemptions;
  @Inject RecordSale sales;
  @Inject RecordReturn returns;
  @Inject QuoteSale quotes;
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
    Validation v = new Validation();
    v.require(body.cardNumber() == null || MemberIdentifiers.isCardNumber(body.cardNumber()), "cardNumber", MemberIdentifiers.CARD_NUMBER_RULE);
    v.require(body.memberCode() == null || MemberIdentifiers.isMemberCode(body.memberCode()), "memberCode", MemberIdentifiers.MEMBER_CODE_RULE);
    v.require(body.mobile() == null || body.mobile().length() <= 40 && IranianMobile.normalize(body.mobile()).isPresent(), "mobile",
        "must be an Iranian mobile number such as 09121234567");
    v.require(body.qr() == null || body.qr().length() <= 1_000, "qr", "is not a member's QR code");
    v.throwIfInvalid();
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
    return new LookupAnswer(member.memberCode(), member.name(), balance.level(), balance.levelName(), balance.discountPercent(), member.group(),
        new BalanceShort(balance.points(), balance.credit()), balance.pendingPoints());
  }

  /** Spends credit at once (L3); the PIN is checked first, and wrong PINs count even though the call fails. */
  @POST
  @Path("redemptions")
  @Allowed(Permission.POS)
  @Operation(summary = "Spend a member's credit at the till", description = "amount: 1 to 10^15 rials (422 validation-failed naming amount beyond);"
      + " memberCode 1-20 digits or cardNumber 16 digits with a valid check digit (422 naming the field). docs/security.md.")
  @Transactional
  @Idempotent
  public Response redeem(RedemptionRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "send {\"memberCode\" or \"cardNumber\", \"amount\", \"pin\"}");
    }
    Validation v = new Validation();
    InvoiceForm.buyer(v, body.memberCode(), body.cardNumber());
    Limits.requireAmount(v, body.amount(), "amount");
    v.require(body.pin() != null && !body.pin().isBlank(), "pin", "is required to spend credit")
        .require(body.invoiceNumber() == null || body.invoiceNumber().length() <= 64, "invoiceNumber", "must be at most 64 characters")
        .throwIfInvalid();
    MemberRef member = buyer(body.memberCode(), body.cardNumber());
    if (!member.creditActive()) {
      throw new Problem(ProblemType.MEMBER_BLOCKED, "The member's credit is deactivated");
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
  @Operation(summary = "Record an invoice settled at the till", description = "Earns by the member's programme and answers the receipt."
      + LIMITS)
  @Transactional
  @Idempotent
  public Response invoice(InvoiceForm body) {
    if (body == null) {
      throw Problem.invalid("body", "send {\"invoiceNumber\", \"memberCode\" or \"cardNumber\", \"issuedAt\", \"lines\", \"payments\"}");
    }
    Validation v = new Validation();
    v.requireText(body.invoiceNumber(), "invoiceNumber", 64);
    InvoiceForm.Checked invoice = body.check(v, clock.instant());
    String branch = CallContext.actor().branch();
    v.require(branch != null, "branch", "invoices come from a terminal or from staff of a branch");
    v.throwIfInvalid();
    MemberRef member = buyer(body.memberCode(), body.cardNumber());
    RecordSale.Recorded recorded = sales.record(new RecordSale.Sale(branch, body.invoiceNumber().trim(), member, invoice.issuedAt(),
        body.saleType(), invoice.lines(), invoice.payments(), body.redemptionIds() == null ? List.of() : body.redemptionIds()));
    String club = tenants.find(TenantContext.require().slug()).map(t -> t.name()).orElse("");
    return Response.status(Response.Status.CREATED)
        .entity(new InvoiceAnswer(recorded.invoiceNumber(), recorded.total(), recorded.pointsEarned(), recorded.creditEarned(),
            recorded.creditRedeemed(), recorded.availableAt(), new BalanceShort(recorded.balance().points(), recorded.balance().credit()),
            recorded.balance().level(), PersianReceipt.of(club, recorded, invoice.issuedAt())))
        .build();
  }

  /**
   * What the invoice would earn, before it is settled: the same rules, nothing stored, so it needs no
   * Idempotency-Key. The invoice number may be left out.
   */
  @POST
  @Path("invoices/dry-run")
  @Allowed(Permission.POS)
  @Operation(summary = "What an invoice would earn, storing nothing", description = "The same checks as POST /pos/invoices."
      + LIMITS)
  @Transactional
  public QuoteSale.Quote dryRun(InvoiceForm body) {
    if (body == null) {
      throw Problem.invalid("body", "send {\"memberCode\" or \"cardNumber\", \"issuedAt\", \"lines\", \"payments\"}");
    }
    Validation v = new Validation();
    InvoiceForm.Checked invoice = body.check(v, clock.instant());
    v.throwIfInvalid();
    return quotes.quote(buyer(body.memberCode(), body.cardNumber()), invoice.issuedAt(), invoice.lines(), invoice.payments(), clock.instant());
  }

  /** The member a sale or a redemption is for, by card or code; a deactivated member is served for neither. */
  private MemberRef buyer(String memberCode, String cardNumber) {
    MemberRef member = cardNumber != null
        ? members.byPresentedCard(cardNumber, today()).orElseThrow(() -> Problem.notFound("No member with this card"))
        : members.byCode(Digits.toLatin(memberCode).trim()).orElseThrow(() -> Problem.notFound("No member with code " + memberCode));
    requireActive(member);
    return member;
  }

  /** A return of part or all of an invoice of this branch (POS-API.md; L5). */
  @POST
  @Path("returns")
  @Allowed(Permission.POS)
  @Operation(summary = "Return part or all of an invoice of this branch", description = "lines[i].quantity: 1 to 1,000,000 (422 validation-failed"
      + " naming it beyond); more than is left to return: 422 return-exceeds-sale. docs/security.md.")
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
        v.require(l == null || l.sku() == null || l.sku().length() <= 64, "lines[" + i + "].sku", "must be at most 64 characters");
        Limits.requireQuantity(v, l == null ? null : l.quantity(), "lines[" + i + "].quantity");
        if (l != null && l.sku() != null && l.quantity() != null && l.quantity() > 0 && l.quantity() <= Limits.MAX_QUANTITY) {
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
