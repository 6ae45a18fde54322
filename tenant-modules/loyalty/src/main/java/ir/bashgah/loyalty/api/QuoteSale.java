package ir.bashgah.loyalty.api;

import ir.bashgah.loyalty.application.Memberships;
import ir.bashgah.loyalty.domain.programme.Earning;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an invoice would earn (the dry run of L2): the same rules as {@link RecordSale}, nothing locked or stored. */
@ApplicationScoped
public class QuoteSale {
  public record Quote(long total, long eligible, long pointsEarned, long creditEarned, long cashback, Instant availableAt, String programme, String level,
      BigDecimal earnMultiplier, BigDecimal memberGroupCoefficient, String period, BigDecimal periodCoefficient, BigDecimal discountPercent) {}

  @Inject Memberships memberships;

  public Quote quote(MemberRef member, Instant issuedAt, List<SaleLine> lines, List<Payment> payments, Instant now) {
    RecordSale.checkPayments(lines, payments);
    Memberships.Membership m = memberships.read(member.id());
    ProgrammeRules.Tier tier = m.tier();
    Earning.Quote q = Earning.quote(m.rules(), new Earning.Purchase(lines, payments, issuedAt, member.group(), tier));
    return new Quote(q.total(), q.eligible(), q.points(), q.creditEarned(), q.cashback(), q.availableAt().isAfter(now) ? q.availableAt() : null,
        m.programme().code(), tier.code(), q.earnMultiplier(), q.memberGroupCoefficient(), q.period(), q.periodCoefficient(),
        tier.discountPercent() == null ? BigDecimal.ZERO : tier.discountPercent());
  }
}
