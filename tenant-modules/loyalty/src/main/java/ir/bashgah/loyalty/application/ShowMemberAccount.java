package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.api.MemberAccounts;
import ir.bashgah.loyalty.domain.account.InvoiceLinks;
import ir.bashgah.loyalty.domain.account.Statements;
import ir.bashgah.loyalty.domain.ledger.LedgerEntry;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.programme.LevelBasis;
import ir.bashgah.loyalty.domain.programme.LevelPolicy;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.domain.programme.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The member's own account for the portal: reads only, in one short transaction each. */
@ApplicationScoped
public class ShowMemberAccount implements MemberAccounts {
  /** Expiries shown: the next few are what a member acts on. */
  static final int EXPIRING_SHOWN = 5;

  @Inject Memberships memberships;
  @Inject Standings standings;
  @Inject ReadBalances balances;
  @Inject LedgerStore ledger;
  @Inject Statements statements;
  @Inject Clock clock;

  @Override
  @Transactional
  public Statement statement(long memberId) {
    Instant now = Instant.now(clock);
    Memberships.Membership membership = memberships.read(memberId);
    ProgrammeRules.LevelRules levels = membership.rules().levels();
    LevelBasis basis = LevelBasis.parse(levels.basis()).orElse(LevelBasis.TURNOVER);
    LevelPolicy.Window window = standings.windowOf(memberId, now.minus(Duration.ofDays(levels.windowDays())));
    ProgrammeRules.Tier tier = membership.tier();
    ProgrammeRules.Tier next = null;
    for (int i = 0; i < levels.tiers().size() - 1; i++) {
      if (levels.tiers().get(i).code().equals(tier.code())) {
        next = levels.tiers().get(i + 1);
      }
    }
    Progress progress = new Progress(basis.name(), window.value(basis), levels.windowDays(), next == null ? null : next.code(),
        next == null ? null : next.name(), next == null ? null : next.threshold());
    BalanceView balance = balances.of(memberId, tier);
    List<Expiring> expiring = statements.expiring(memberId, now, EXPIRING_SHOWN).stream()
        .map(e -> new Expiring(e.asset(), e.amount(), e.expiresAt())).toList();
    return new Statement(balance, progress, expiring);
  }

  @Override
  @Transactional
  public EntryPage ledger(long memberId, int page, int size) {
    List<LedgerEntry> entries = ledger.entriesOf(memberId, page, size);
    boolean more = entries.size() == size && (long) (page + 1) * size < ledger.countEntriesOf(memberId);
    return new EntryPage(entries.stream().map(ShowMemberAccount::entry).toList(), page, size, more);
  }

  @Override
  @Transactional
  public InvoicePage invoices(long memberId, int page, int size) {
    List<Statements.InvoiceRow> rows = statements.invoicesOf(memberId, page * size, size + 1);
    return new InvoicePage(rows.stream().limit(size).map(ShowMemberAccount::summary).toList(), page, size, rows.size() > size);
  }

  @Override
  @Transactional
  public Optional<InvoiceDetail> invoice(long memberId, long invoiceId) {
    return statements.invoice(invoiceId).filter(i -> i.memberId() == memberId).map(ShowMemberAccount::detail);
  }

  @Override
  @Transactional
  public Optional<InvoiceDetail> invoiceByLink(String linkToken) {
    return InvoiceLinks.hashOf(linkToken).flatMap(statements::invoiceByLink).flatMap(statements::invoice).map(ShowMemberAccount::detail);
  }

  private static Entry entry(LedgerEntry e) {
    return new Entry(Long.toString(e.id()), e.occurredAt(), e.asset().name(), e.bucket().name(), e.kind().name(), e.amount(), e.reason(), e.sourceType(),
        e.sourceId());
  }

  private static InvoiceSummary summary(Statements.InvoiceRow r) {
    return new InvoiceSummary(r.id(), r.invoiceNumber(), r.branchCode(), r.issuedAt(), r.total(), r.pointsEarned(), r.creditEarned(), r.creditRedeemed(),
        r.returnedTotal());
  }

  private static InvoiceDetail detail(Statements.WholeInvoice w) {
    return new InvoiceDetail(w.memberId(), summary(w.invoice()),
        w.lines().stream().map(l -> new LineView(l.sku(), l.name(), l.quantity(), l.unitPrice(), l.lineTotal())).toList(),
        w.payments().stream().map(p -> new PaymentView(p.method(), p.amount())).toList(), w.pointsAfter(), w.creditAfter());
  }
}
