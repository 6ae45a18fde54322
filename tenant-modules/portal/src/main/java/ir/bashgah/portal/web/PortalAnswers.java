package ir.bashgah.portal.web;

import ir.bashgah.loyalty.api.MemberAccounts;
import ir.bashgah.members.api.MemberProfiles;
import ir.bashgah.messaging.api.MemberConsents;
import ir.bashgah.portal.application.DescribeClub;
import ir.bashgah.portal.application.SocialLinks;
import ir.bashgah.portal.application.ShowOwnAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The portal's answers as API-2.md ("Member portal") and docs/portal.md spell them. */
public final class PortalAnswers {
  private PortalAnswers() {}

  public record Balance(long points, long credit, long pendingPoints, long pendingCredit) {}

  public record Profile(String mobile, String title, String email, LocalDate birthDate, LocalDate marriageDate, String nationalCode, String city, String phone,
      String address, String postalCode, String educationDegree, String educationField) {}

  public record Consents(boolean sms, boolean email, boolean push, boolean messenger) {}

  /** Schema names are global in the description: these say whose they are. */
  public record LevelProgress(String basis, long value, int windowDays, String nextLevel, String nextLevelName, Long nextThreshold) {}

  public record Expiry(String asset, long amount, Instant expiresAt) {}

  public record PortalInvoiceLine(String sku, String name, long quantity, long unitPrice, long lineTotal) {}

  public record PortalPayment(String method, long amount) {}

  public record MemberHome(String memberCode, String firstName, String lastName, String level, String levelName, Balance balance, LevelProgress progress,
      List<Expiry> expiring, Profile profile, Consents consents, String referralCode, boolean qrAvailable) {}

  public record Entry(String id, Instant at, String asset, String bucket, String type, long amount, String description, String invoiceNumber) {}

  public record Ledger(List<Entry> items, int page, int size, boolean hasMore) {}

  /** {@code id} as text: ids are 64-bit and a browser's numbers are not (they would be rounded). */
  public record InvoiceRow(String id, String invoiceNumber, String branchName, Instant issuedAt, long total, long pointsEarned, long creditEarned,
      long creditRedeemed, long returnedTotal) {}

  public record Invoices(List<InvoiceRow> items, int page, int size, boolean hasMore) {}

  public record InvoiceBrand(String slug, String name, String logoUrl, String primaryColor, String backgroundColor, String address,
      SocialLinks social) {}

  public record BalanceAfter(long points, long credit) {}

  public record PortalInvoice(InvoiceBrand club, String invoiceNumber, String branchName, Instant issuedAt, List<PortalInvoiceLine> lines,
      List<PortalPayment> payments, long total, long pointsEarned, long creditEarned, long creditRedeemed, long returnedTotal,
      BalanceAfter balanceAfter, String surveyUrl, String portalUrl) {}

  /** A personal offer or code as the portal will list it; the offers module fills them (none yet). */
  public record Offer(String code, String title, String description, Instant validUntil) {}

  public record Offers(List<Offer> items) {}

  static MemberHome me(ShowOwnAccount.Me me) {
    var b = me.statement().balance();
    MemberProfiles.Profile p = me.profile();
    MemberConsents.ConsentView c = me.consents();
    return new MemberHome(me.memberCode(), me.firstName(), me.lastName(), me.level(), me.levelName(),
        new Balance(b.points(), b.credit(), b.pendingPoints(), b.pendingCredit()), progress(me.statement().progress()),
        me.statement().expiring().stream().map(e -> new Expiry(e.asset(), e.amount(), e.expiresAt())).toList(),
        new Profile(p.mobile(), p.title(), p.email(), p.birthDate(), p.marriageDate(), p.nationalCode(), p.city(), p.phone(), p.address(), p.postalCode(),
            p.educationDegree(), p.educationField()),
        consents(c), me.referralCode(), me.qrAvailable());
  }

  private static LevelProgress progress(MemberAccounts.Progress p) {
    return new LevelProgress(p.basis(), p.value(), p.windowDays(), p.nextLevel(), p.nextLevelName(), p.nextThreshold());
  }

  static Consents consents(MemberConsents.ConsentView c) {
    return new Consents(c.sms(), c.email(), c.push(), c.messenger());
  }

  static Ledger ledger(MemberAccounts.EntryPage page) {
    return new Ledger(page.items().stream().map(e -> new Entry(e.id(), e.at(), e.asset(), e.bucket(), e.kind(), e.amount(), e.reason(),
        "invoice".equals(e.source()) ? e.sourceId() : null)).toList(), page.page(), page.size(), page.hasMore());
  }

  static Invoices invoices(ShowOwnAccount.InvoicePage page) {
    return new Invoices(page.items().stream().map(s -> row(s.invoice(), s.branchName())).toList(), page.page(), page.size(), page.hasMore());
  }

  static PortalInvoice invoice(ShowOwnAccount.InvoicePageView v) {
    MemberAccounts.InvoiceDetail d = v.detail();
    MemberAccounts.InvoiceSummary i = d.invoice();
    BalanceAfter after = d.pointsAfter() == null ? null : new BalanceAfter(d.pointsAfter(), d.creditAfter());
    DescribeClub.Club c = v.club();
    return new PortalInvoice(new InvoiceBrand(c.slug(), c.name(), c.logoUrl(), c.primaryColor(), c.backgroundColor(), c.address(), c.social()), i.invoiceNumber(), v.branchName(), i.issuedAt(),
        d.lines().stream().map(l -> new PortalInvoiceLine(l.sku(), l.name(), l.quantity(), l.unitPrice(), l.lineTotal())).toList(),
        d.payments().stream().map(p -> new PortalPayment(p.method(), p.amount())).toList(), i.total(), i.pointsEarned(), i.creditEarned(), i.creditRedeemed(), i.returnedTotal(), after, null,
        "/p/" + c.slug() + "/");
  }

  private static InvoiceRow row(MemberAccounts.InvoiceSummary i, String branchName) {
    return new InvoiceRow(Long.toString(i.id()), i.invoiceNumber(), branchName, i.issuedAt(), i.total(), i.pointsEarned(), i.creditEarned(), i.creditRedeemed(),
        i.returnedTotal());
  }
}
