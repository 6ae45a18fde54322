package ir.bashgah.loyalty.api;

import ir.bashgah.members.api.MemberRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an invoice would earn (the dry run of L2): the same rules as settling it, nothing locked or stored. */
public interface InvoiceQuotes {
  record Quote(long total, long eligible, long pointsEarned, long creditEarned, long cashback, Instant availableAt, String programme, String level,
      BigDecimal earnMultiplier, BigDecimal memberGroupCoefficient, String period, BigDecimal periodCoefficient, BigDecimal discountPercent) {}

  Quote quote(MemberRef member, Instant issuedAt, List<InvoiceLine> lines, List<Payment> payments, Instant now);
}
