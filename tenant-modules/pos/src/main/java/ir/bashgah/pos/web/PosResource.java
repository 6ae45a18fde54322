package ir.bashgah.pos.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.api.InvoiceQuotes;
import ir.bashgah.pos.application.CancelRedemption;
import ir.bashgah.pos.application.IdentifyMember;
import ir.bashgah.pos.application.InvoiceForm;
import ir.bashgah.pos.application.LookupAnswer;
import ir.bashgah.pos.application.LookupRequest;
import ir.bashgah.pos.application.QuoteInvoice;
import ir.bashgah.pos.application.RedeemAtTill;
import ir.bashgah.pos.application.RedemptionRequest;
import ir.bashgah.pos.application.ReturnInvoice;
import ir.bashgah.pos.application.ReturnRequest;
import ir.bashgah.pos.application.SettleInvoice;
import ir.bashgah.web.api.Idempotent;
import jakarta.enterprise.context.ApplicationScoped;
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

/**
 * The till's side of the contract (docs/integration.md, POS): identify a member, spend and give back credit,
 * settle, quote and return invoices. Each call is one use case of the till's application layer, in
 * the request's transaction (which the idempotency of the writing calls needs).
 */
@ApplicationScoped
@Path("/v1/pos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PosResource {
  /** The limits of an invoice, for the OpenAPI description (docs/security.md, "Input limits"). */
  private static final String LIMITS = " Limits (docs/security.md): unitPrice 0 to 10^15 rials, quantity 1 to 1,000,000, a line (quantity x unitPrice),"
      + " the invoice total, each payment and their sum at most 10^15 rials; issuedAt at most ten years back and five minutes ahead of the server"
      + " clock; saleType 1-30 letters, digits, _ or -; memberCode 1-20 digits, cardNumber 16 digits with a valid check digit. Beyond: 422"
      + " validation-failed naming the field (lines[0].unitPrice, lines[1], total, payments). A value of the wrong JSON type: 400 malformed-request.";

  @Inject IdentifyMember identify;
  @Inject RedeemAtTill redeem;
  @Inject CancelRedemption cancelRedemption;
  @Inject SettleInvoice settle;
  @Inject QuoteInvoice quote;
  @Inject ReturnInvoice returns;

  @POST
  @Path("lookup")
  @Allowed(Permission.POS)
  @Transactional
  public LookupAnswer lookup(LookupRequest body) {
    if (body == null) {
      throw Problem.invalid("body", "send one of cardNumber, memberCode, mobile, qr");
    }
    return identify.identify(body);
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
    return Response.status(Response.Status.CREATED).entity(redeem.redeem(body)).build();
  }

  @POST
  @Path("redemptions/{redemptionId}/cancel")
  @Allowed(Permission.POS)
  @Consumes(MediaType.WILDCARD)
  @Transactional
  @Idempotent
  public Response cancel(@PathParam("redemptionId") String redemptionId) {
    return Response.ok(cancelRedemption.cancel(redemptionId)).build();
  }

  /**
   * An invoice settled at the till (docs/integration.md): earns per the programme and answers the receipt.
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
    return Response.status(Response.Status.CREATED).entity(settle.settle(body)).build();
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
  public InvoiceQuotes.Quote dryRun(InvoiceForm body) {
    if (body == null) {
      throw Problem.invalid("body", "send {\"memberCode\" or \"cardNumber\", \"issuedAt\", \"lines\", \"payments\"}");
    }
    return quote.quote(body);
  }

  /** A return of part or all of an invoice of this branch (docs/integration.md; L5). */
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
    return Response.status(Response.Status.CREATED).entity(returns.giveBack(body)).build();
  }
}
