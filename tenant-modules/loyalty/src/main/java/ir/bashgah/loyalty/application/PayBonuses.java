package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.domain.invoice.InvoiceStore;
import ir.bashgah.loyalty.domain.ledger.EntryKind;
import ir.bashgah.loyalty.domain.ledger.LedgerQueries;
import ir.bashgah.loyalty.domain.ledger.Posting;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The programme's bonuses (L6, NM1): for joining; for a referral, paid to the referrer (and the
 * referee) when the referee settles his first invoice, up to the referrer's cap; for reaching a
 * threshold of points within a period, at most once per period.
 */
@ApplicationScoped
public class PayBonuses {
  @Inject Grants grants;
  @Inject InvoiceStore sales;
  @Inject LedgerQueries queries;
  @Inject MemberDirectory members;
  @Inject Memberships memberships;

  public void forJoining(MemberRef member, ProgrammeRules rules, Instant now) {
    grants.award(member.id(), rules.bonuses().joining(), source("joining", member.memberCode(), "joining bonus"), source("joining", member.memberCode(), "joining bonus"),
        rules, now);
  }

  /** After an invoice is written, inside its transaction. */
  public void afterSale(MemberRef member, ProgrammeRules rules, Instant now) {
    referral(member, rules, now);
    for (ProgrammeRules.ThresholdBonus t : rules.bonuses().thresholds()) {
      if (!t.appliesTo(member.group())) {
        continue;
      }
      Instant since = now.minus(Duration.ofDays(t.withinDays()));
      if (sales.pointsEarnedSince(member.id(), since) >= t.points() && !queries.bonusPaidSince(member.id(), "threshold", t.name(), since)) {
        grants.award(member.id(), new ProgrammeRules.Award(t.bonusPoints(), t.bonusCredit()), source("threshold", t.name(), t.name()),
            source("threshold", t.name(), t.name()), rules, now);
      }
    }
  }

  private void referral(MemberRef referee, ProgrammeRules rules, Instant now) {
    ProgrammeRules.Referral r = rules.bonuses().referral();
    if (referee.referrerCode() == null || (r.toReferrer().isEmpty() && r.toReferee().isEmpty()) || sales.invoiceCount(referee.id()) != 1) {
      return;
    }
    MemberRef referrer = members.byCode(referee.referrerCode()).orElse(null);
    if (referrer == null || !referrer.active() || referrer.id() == referee.id()) {
      return;
    }
    if (r.maxPerReferrer() != null && queries.referralBonusesOf(referrer.id()) >= r.maxPerReferrer()) {
      return;
    }
    // The referrer's bonus follows his own programme's expiry rules.
    ProgrammeRules referrerRules = memberships.read(referrer.id()).rules();
    String reason = "referral of member " + referee.memberCode();
    grants.award(referrer.id(), r.toReferrer(), source("referral", referee.memberCode(), reason), source("referral", referee.memberCode(), reason), referrerRules, now);
    grants.award(referee.id(), r.toReferee(), source("referred", referrer.memberCode(), "referred by " + referrer.memberCode()),
        source("referred", referrer.memberCode(), "referred by " + referrer.memberCode()), rules, now);
  }

  private static Posting.Source source(String type, String id, String reason) {
    return new Posting.Source(EntryKind.BONUS, type, id, reason, "system");
  }
}
