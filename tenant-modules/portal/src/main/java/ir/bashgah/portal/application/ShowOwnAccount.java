package ir.bashgah.portal.application;

import ir.bashgah.branches.api.BranchNames;
import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.loyalty.api.MemberAccounts;
import ir.bashgah.members.api.MemberProfiles;
import ir.bashgah.messaging.api.MemberConsents;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** What the signed-in member reads of himself (API-2.md, "Member portal"): /me, his ledger, his invoices, his QR code. */
@ApplicationScoped
public class ShowOwnAccount {
  public record Me(String memberCode, String firstName, String lastName, String level, String levelName, MemberAccounts.Statement statement,
      MemberProfiles.Profile profile, MemberConsents.ConsentView consents, String referralCode, boolean qrAvailable) {}

  public record InvoiceSummary(MemberAccounts.InvoiceSummary invoice, String branchName) {}

  public record InvoicePage(List<InvoiceSummary> items, int page, int size, boolean hasMore) {}

  /** An invoice with the names a page shows: the club's and the branch's. */
  public record InvoicePageView(DescribeClub.Club club, String branchName, MemberAccounts.InvoiceDetail detail) {}

  @Inject MemberProfiles profiles;
  @Inject MemberAccounts accounts;
  @Inject MemberConsents consents;
  @Inject BranchNames branches;
  @Inject TenantDirectory clubs;
  @Inject Features features;
  @Inject DescribeClub describe;

  @Transactional
  public Me me() {
    SignedInMember member = SignedInMember.now();
    MemberProfiles.Profile profile = profile(member);
    MemberAccounts.Statement statement = accounts.statement(member.id());
    boolean qr = features.isEnabled(clubs.find(TenantContext.require().slug()).orElseThrow(), "B7");
    return new Me(profile.memberCode(), profile.firstName(), profile.lastName(), statement.balance().level(), statement.balance().levelName(), statement,
        profile, consents.of(profile.memberCode()), profile.memberCode(), qr);
  }

  @Transactional
  public MemberAccounts.EntryPage ledger(String page, String size) {
    SignedInMember member = SignedInMember.now();
    profile(member);
    Paging p = Paging.parse(page, size, 20, 100);
    return accounts.ledger(member.id(), p.page(), p.size());
  }

  @Transactional
  public InvoicePage invoices(String page, String size) {
    SignedInMember member = SignedInMember.now();
    profile(member);
    Paging p = Paging.parse(page, size, 20, 100);
    MemberAccounts.InvoicePage found = accounts.invoices(member.id(), p.page(), p.size());
    Map<String, String> names = branches.names();
    return new InvoicePage(found.items().stream().map(i -> new InvoiceSummary(i, names.get(i.branchCode()))).toList(), found.page(), found.size(),
        found.hasMore());
  }

  @Transactional
  public InvoicePageView invoice(long invoiceId) {
    SignedInMember member = SignedInMember.now();
    profile(member);
    MemberAccounts.InvoiceDetail detail = accounts.invoice(member.id(), invoiceId)
        .orElseThrow(() -> Problem.notFound("You have no invoice " + invoiceId));
    return view(detail);
  }

  /** Checks the call's member is still one, not blocked: for answers that read nothing else of him yet (his offers). */
  @Transactional
  public void requireMember() {
    profile(SignedInMember.now());
  }

  @Transactional
  public MemberProfiles.Qr qr() {
    SignedInMember member = SignedInMember.now();
    profile(member);
    return profiles.digitalQr(member.id());
  }

  InvoicePageView view(MemberAccounts.InvoiceDetail detail) {
    return new InvoicePageView(describe.current(), branches.names().get(detail.invoice().branchCode()), detail);
  }

  /** The member, still a member and not blocked: a session outlives neither. */
  MemberProfiles.Profile profile(SignedInMember member) {
    MemberProfiles.Profile profile = profiles.of(member.id()).orElseThrow(() -> Problem.unauthorized("You are no longer a member of this club"));
    if (!profile.active()) {
      throw new Problem(ProblemType.MEMBER_BLOCKED, "Your membership of this club is suspended; ask the club");
    }
    return profile;
  }
}
