package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.api.InvoiceLine;
import ir.bashgah.loyalty.api.InvoiceQuotes;
import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.domain.programme.Earning;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an invoice would earn (the dry run of L2): the same rules as {@link SettleInvoice}, nothing locked or stored. */
@ApplicationScoped
public class QuoteInvoice implements InvoiceQuotes {
  @Inject Memberships memberships;

  @Override
  public Quote quote(MemberRef member, Instant issuedAt, List<InvoiceLine> lines, List<Payment> payments, Instant now) {
    SettleInvoice.checkPayments(lines, payments);
    Memberships.Membership m = memberships.read(member.id());
    ProgrammeRules.Tier tier = m.tier();
    Earning.Quote q = Earning.quote(m.rules(), new Earning.Purchase(lines, payments, issuedAt, member.group(), tier));
    return new Quote(q.total(), q.eligible(), q.points(), q.creditEarned(), q.cashback(), q.availableAt().isAfter(now) ? q.availableAt() : null,
        m.programme().code(), tier.code(), q.earnMultiplier(), q.memberGroupCoefficient(), q.period(), q.periodCoefficient(),
        tier.discountPercent() == null ? BigDecimal.ZERO : tier.discountPercent());
  }
}
