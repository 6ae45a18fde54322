package ir.bashgah.app.demo;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.loyalty.api.CreditRedemptions;
import ir.bashgah.loyalty.api.Invoice;
import ir.bashgah.loyalty.api.InvoiceLine;
import ir.bashgah.loyalty.api.InvoiceReturns;
import ir.bashgah.loyalty.api.Invoices;
import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.api.PaymentMethod;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberRef;
import ir.bashgah.members.application.ManageMemberCatalogues;
import ir.bashgah.members.application.MemberForm;
import ir.bashgah.members.application.RecordNote;
import ir.bashgah.members.application.RegisterMember;
import ir.bashgah.members.application.SetMemberPin;
import ir.bashgah.members.application.TagMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo club's customers and trade: a few hundred members with PINs and about three months of
 * invoices, credit redemptions and returns, made through the same use cases a till calls, so every
 * screen and report has something true to show. Seeded randomness: every first start makes the same club.
 */
@ApplicationScoped
public class DemoSales {
  static final String PIN = "1234";
  private static final String[] FIRST = {"سارا", "علی", "مریم", "رضا", "زهرا", "محمد", "فاطمه", "حسین", "نرگس", "امیر", "لیلا", "مهدی", "شیرین", "کاوه", "پریسا", "بهرام"};
  private static final String[] LAST = {"محمدی", "حسینی", "کریمی", "رضایی", "احمدی", "موسوی", "جعفری", "صادقی", "رحیمی", "نوری", "تهرانی", "شریفی"};
  private static final String[] CITIES = {"تهران", "اصفهان", "شیراز", "مشهد", "تبریز", "کرج"};
  private static final String[][] PRODUCTS = {
    {"ESP-1", "اسپرسو", "drinks", "350000"}, {"LAT-1", "لاته", "drinks", "450000"}, {"CAK-1", "کیک شکلاتی", "bakery", "600000"},
    {"SAN-1", "ساندویچ مرغ", "food", "1200000"}, {"BEAN-1", "دانه‌ی قهوه ۲۵۰ گرمی", "retail", "2800000"}, {"MUG-1", "ماگ", "retail", "1500000"}
  };

  @Inject RegisterMember register;
  @Inject ManageMemberCatalogues catalogues;
  @Inject TagMember tags;
  @Inject RecordNote notes;
  @Inject MemberDirectory members;
  @Inject SetMemberPin pins;
  @Inject Invoices settlements;
  @Inject InvoiceReturns returns;
  @Inject CreditRedemptions redemptions;
  @Inject ir.bashgah.loyalty.application.AdjustBalance adjust;
  @Inject ir.bashgah.loyalty.api.Balances balances;
  @Inject ir.bashgah.loyalty.application.ConvertPoints conversions;
  @Inject ir.bashgah.loyalty.application.TransferBalance transfers;
  @Inject DemoProgramme programme;
  @Inject Transactions tx;

  /** Runs in the demo tenant's context. Answers how many members and invoices it made. */
  public int[] populate(String branch, int memberCount, Instant now) {
    Random random = new Random(1405);
    CallContext.actAs(new Actor(Actor.Kind.SYSTEM, "demo-seed", "demo-seed", Role.OWNER, branch));
    catalogues.create(ManageMemberCatalogues.Catalogue.GROUPS, new ManageMemberCatalogues.EntryForm("A", "مشتریان ویژه"));
    catalogues.create(ManageMemberCatalogues.Catalogue.GROUPS, new ManageMemberCatalogues.EntryForm("B", "مشتریان عادی"));
    programme.configure();
    List<MemberRef> made = new ArrayList<>();
    for (int i = 0; i < memberCount; i++) {
      String mobile = String.format("0912%07d", 5_000_000 + i);
      // Every seventh member was brought by an earlier one, so referral bonuses are paid when he first buys.
      String referrer = i > 0 && i % 7 == 0 ? made.get(random.nextInt(made.size())).memberCode() : null;
      String code = register.register(new MemberForm(null, FIRST[random.nextInt(FIRST.length)], LAST[random.nextInt(LAST.length)],
          random.nextInt(4) == 0 ? "A" : "B", null, null, null, null, null, null, mobile, null, null, null, CITIES[i % CITIES.length], null, null, referrer,
          null, null)).memberCode();
      pins.set(code, PIN);
      // Every sixth member tagged and noted, outside the seeded sequence so the trade stays as it was.
      if (i % 6 == 0) {
        tags.add(code, i % 12 == 0 ? "خوش‌حساب" : "علاقه‌مند به قهوه");
        notes.record(code, new RecordNote.NoteForm("مشتری خوش‌برخوردی است؛ دانه‌ی قهوه را آسیاب‌شده می‌خواهد.", "behaviour"));
      }
      made.add(members.byCode(code).orElseThrow());
    }
    int invoices = 0;
    for (MemberRef member : made) {
      if (random.nextInt(5) == 0) {
        int bonus = 50_000 * (1 + random.nextInt(4));
        tx.inNew(() -> adjust.adjust(member.memberCode(), new ir.bashgah.loyalty.application.AdjustBalance.Adjustment("CREDIT", (long) bonus, "هدیه‌ی عضویت")));
      }
      int visits = random.nextInt(9);
      for (int v = 0; v < visits; v++) {
        Instant issuedAt = now.minus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
        List<InvoiceLine> lines = new ArrayList<>();
        for (int l = 0, n = 1 + random.nextInt(3); l < n; l++) {
          String[] p = PRODUCTS[random.nextInt(PRODUCTS.length)];
          lines.add(new InvoiceLine(p[0], p[1], p[2], 1 + random.nextInt(3), Long.parseLong(p[3])));
        }
        long total = lines.stream().mapToLong(InvoiceLine::total).sum();
        String number = "D-" + member.memberCode() + "-" + v;
        boolean useCredit = random.nextInt(4) == 0;
        tx.inNew(() -> {
          List<String> used = new ArrayList<>();
          List<Payment> payments = new ArrayList<>();
          long credit = useCredit ? Math.min(total / 5, creditOf(member)) : 0;
          if (credit > 0) {
            used.add(redemptions.redeem(member.id(), member.memberCode(), credit, number).redemptionId());
            payments.add(new Payment(PaymentMethod.CREDIT, credit));
          }
          payments.add(new Payment(random.nextBoolean() ? PaymentMethod.CARD : PaymentMethod.CASH, total - credit));
          return settlements.settle(new Invoice(branch, number, member, issuedAt, "in-store", lines, payments, used));
        });
        invoices++;
        if (random.nextInt(15) == 0) {
          InvoiceLine back = lines.get(0);
          tx.inNew(() -> returns.giveBack(branch, number, "R-" + number, List.of(new InvoiceReturns.ReturnLine(back.sku(), 1))));
        }
      }
    }
    convertAndShare(made, random);
    return new int[] {made.size(), invoices};
  }

  /** Some members turn points into credit, and a few give credit to a friend. */
  private void convertAndShare(List<MemberRef> made, Random random) {
    for (int i = 0; i < made.size(); i++) {
      MemberRef member = made.get(i);
      if (random.nextInt(5) == 0 && balances.of(member.id()).points() >= 300) {
        tx.inNew(() -> conversions.convert(member.memberCode(), new ir.bashgah.loyalty.application.ConvertPoints.Conversion(200L)));
      }
      if (i % 25 == 1 && balances.of(member.id()).credit() >= 20_000) {
        MemberRef friend = made.get((i + 1) % made.size());
        tx.inNew(() -> transfers.transfer(member.memberCode(),
            new ir.bashgah.loyalty.application.TransferBalance.Transfer(friend.memberCode(), "CREDIT", 20_000L, "هدیه به دوست")));
      }
    }
  }

  private long creditOf(MemberRef member) {
    return balances.of(member.id()).credit();
  }
}
