package ir.bashgah.pos.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.api.Invoice;
import ir.bashgah.loyalty.api.Invoices;
import ir.bashgah.members.api.MemberRef;
import ir.bashgah.messaging.api.AutomaticMessages;
import ir.bashgah.messaging.api.Trigger;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An invoice settled at the till (docs/integration.md): earns per the member's programme and answers the
 * receipt. The invoice number is unique per branch: a terminal's branch, or the branch of the staff
 * member.
 */
@ApplicationScoped
public class SettleInvoice {
  @Inject FindBuyer buyers;
  @Inject Invoices invoices;
  @Inject TenantDirectory tenants;
  @Inject AutomaticMessages automatic;
  @Inject Clock clock;

  /** Where members' browsers reach the platform: the invoice link (C3) is {public-url}/i/{club}.{token}. */
  @Inject
  @ConfigProperty(name = "bashgah.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  public InvoiceAnswer settle(InvoiceForm form) {
    Validation v = new Validation();
    v.requireText(form.invoiceNumber(), "invoiceNumber", 64);
    InvoiceForm.Checked content = form.check(v, clock.instant());
    String branch = CallContext.actor().branch();
    v.require(branch != null, "branch", "invoices come from a terminal or from staff of a branch");
    v.throwIfInvalid();
    MemberRef member = buyers.byCardOrCode(form.memberCode(), form.cardNumber());
    Invoices.Settled settled = invoices.settle(new Invoice(branch, form.invoiceNumber().trim(), member, content.issuedAt(), form.saleType(),
        content.lines(), content.payments(), form.redemptionIds() == null ? List.of() : form.redemptionIds()));
    receipts(member, settled);
    String slug = TenantContext.require().slug();
    automatic.on(Trigger.INVOICE_LINK, member.id(), new AutomaticMessages.EventValues(settled.total(), settled.balance().points(), settled.balance().credit(),
        settled.levelName(), invoiceLink(slug, settled.linkToken())));
    String club = tenants.find(slug).map(t -> t.name()).orElse("");
    return new InvoiceAnswer(settled.invoiceNumber(), settled.total(), settled.pointsEarned(), settled.creditEarned(), settled.creditRedeemed(),
        settled.availableAt(), new BalanceShort(settled.balance().points(), settled.balance().credit()), settled.balance().level(),
        PersianReceipt.of(club, settled, content.issuedAt()));
  }

  /** The invoice page's address as the member's SMS carries it (API-2.md, "Member portal"). */
  String invoiceLink(String slug, String token) {
    String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + "/i/" + slug + "." + token;
  }

  /**
   * The member's receipts by message (C2), if the club sends them: queued with the invoice, so an
   * invoice that fails after this point sends nothing.
   */
  private void receipts(MemberRef member, Invoices.Settled settled) {
    long earned = settled.pointsEarned() > 0 ? settled.pointsEarned() : settled.creditEarned();
    BalanceView balance = settled.balance();
    if (earned > 0) {
      automatic.on(Trigger.EARN, member.id(), new AutomaticMessages.EventValues(earned, balance.points(), balance.credit(), settled.levelName(), null));
    }
    if (settled.creditRedeemed() > 0) {
      automatic.on(Trigger.REDEEM, member.id(),
          new AutomaticMessages.EventValues(settled.creditRedeemed(), balance.points(), balance.credit(), settled.levelName(), null));
    }
  }
}
