package ir.bashgah.pos.application;

import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.loyalty.api.InvoiceQuotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** What an invoice would earn before it is settled: the same checks and rules, nothing stored; the invoice number may be left out. */
@ApplicationScoped
public class QuoteInvoice {
  @Inject FindBuyer buyers;
  @Inject InvoiceQuotes quotes;
  @Inject Clock clock;

  public InvoiceQuotes.Quote quote(InvoiceForm form) {
    Validation v = new Validation();
    InvoiceForm.Checked content = form.check(v, clock.instant());
    v.throwIfInvalid();
    return quotes.quote(buyers.byCardOrCode(form.memberCode(), form.cardNumber()), content.issuedAt(), content.lines(), content.payments(), clock.instant());
  }
}
