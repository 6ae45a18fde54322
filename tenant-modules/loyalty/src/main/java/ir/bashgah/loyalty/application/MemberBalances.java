package ir.bashgah.loyalty.application;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.api.Balances;
import ir.bashgah.loyalty.domain.ledger.LedgerEntry;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Reads of a member's balances and ledger (docs/integration.md, Members). */
@ApplicationScoped
public class MemberBalances {
  /** One entry; {@code bucket} says whether it changed what can be spent now or what is pending, and {@code balanceAfter} is that bucket's. */
  public record EntryView(String id, String asset, String bucket, long amount, String kind, String source, String sourceId, String reason, long balanceAfter,
      Instant occurredAt, String actor) {
    static EntryView of(LedgerEntry e) {
      return new EntryView(Long.toString(e.id()), e.asset().name(), e.bucket().name(), e.amount(), e.kind().name(), e.sourceType(), e.sourceId(), e.reason(),
          e.balanceAfter(), e.occurredAt(), e.actor());
    }
  }

  public record LedgerPage(List<EntryView> items, int page, int size, long total) {}

  @Inject MemberDirectory members;
  @Inject LedgerStore ledger;
  @Inject Balances balances;

  @Transactional
  public BalanceView balance(String memberCode) {
    return of(member(memberCode).id());
  }

  @Transactional
  public LedgerPage ledger(String memberCode, int page, int size) {
    long memberId = member(memberCode).id();
    return new LedgerPage(ledger.entriesOf(memberId, page, size).stream().map(EntryView::of).toList(), page, size, ledger.countEntriesOf(memberId));
  }

  BalanceView of(long memberId) {
    return balances.of(memberId);
  }

  MemberRef member(String memberCode) {
    return members.byCode(memberCode).orElseThrow(() -> Problem.notFound("No member with code " + memberCode));
  }
}
