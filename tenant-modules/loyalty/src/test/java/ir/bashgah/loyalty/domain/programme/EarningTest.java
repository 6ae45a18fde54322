package ir.bashgah.loyalty.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.loyalty.api.InvoiceLine;
import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.api.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarningTest {
  /** Monday 23 November 2026, 12:00 in Tehran (2 Azar 1405). */
  private static final Instant MONDAY_NOON = Instant.parse("2026-11-23T08:30:00Z");

  private static InvoiceLine line(String group, long price) {
    return new InvoiceLine("SKU-" + group + price, null, group, 1, price);
  }

  private static Payment pay(PaymentMethod method, long amount) {
    return new Payment(method, amount);
  }

  private static ProgrammeRules rules(ProgrammeRules.EarningRules earning, ProgrammeRules.LevelRules levels) {
    return new ProgrammeRules(earning, null, null, null, levels, false);
  }

  private static ProgrammeRules.EarningRules earning(BigDecimal creditPercent, List<ProgrammeRules.GroupCoefficient> products,
      List<ProgrammeRules.GroupCoefficient> members, List<ProgrammeRules.Period> periods) {
    return new ProgrammeRules.EarningRules(10_000L, creditPercent, null, products, members, periods, 0);
  }

  private static Earning.Quote quote(ProgrammeRules rules, List<InvoiceLine> lines, List<Payment> payments, String group, ProgrammeRules.Tier tier, Instant at) {
    return Earning.quote(rules, new Earning.Purchase(lines, payments, at, group, tier));
  }

  @Test
  void theDefaultProgrammeGivesOnePointPerTenThousandRialsNotPaidWithCredit() {
    Earning.Quote q = quote(DefaultProgramme.rules(), List.of(line("x", 1_259_999)),
        List.of(pay(PaymentMethod.CASH, 1_000_000), pay(PaymentMethod.CREDIT, 259_999)), null, null, MONDAY_NOON);
    assertThat(q.eligible()).isEqualTo(1_000_000);
    assertThat(q.points()).isEqualTo(100);
    assertThat(q.creditEarned()).isZero();
    assertThat(q.availableAt()).isEqualTo(MONDAY_NOON);
  }

  @Test
  void productGroupCoefficientsWeighTheirLinesShareOfWhatWasPaidByEarningMethods() {
    var products = List.of(new ProgrammeRules.GroupCoefficient("drinks", new BigDecimal("2"), null));
    Earning.Quote q = quote(rules(earning(null, products, null, null), null), List.of(line("drinks", 600_000), line("food", 400_000)),
        List.of(pay(PaymentMethod.CASH, 500_000), pay(PaymentMethod.CREDIT, 500_000)), null, null, MONDAY_NOON);
    // (600,000 × 2 + 400,000) × half paid in cash / 10,000
    assertThat(q.points()).isEqualTo(80);
  }

  @Test
  void memberGroupLevelAndTheBestMatchingPeriodMultiplyAndRoundingIsDownOnceAtTheEnd() {
    var members = List.of(new ProgrammeRules.GroupCoefficient("A", new BigDecimal("1.5"), null));
    var periods = List.of(
        new ProgrammeRules.Period("Mondays", "PROMO", null, null, List.of("MONDAY"), null, null, null, null, new BigDecimal("3"), null),
        new ProgrammeRules.Period("Azar", "HIGH", null, null, null, List.of(9), null, null, null, new BigDecimal("2"), null),
        new ProgrammeRules.Period("Nights", "LOW", null, null, null, null, null, 22, 6, new BigDecimal("10"), null));
    var tier = new ProgrammeRules.Tier("GOLD", "طلایی", null, 0L, new BigDecimal("1.25"), null, null);
    Earning.Quote q = quote(rules(earning(null, null, members, periods), null), List.of(line("x", 33_333)), List.of(pay(PaymentMethod.CARD, 33_333)),
        "A", tier, MONDAY_NOON);
    // 33,333 / 10,000 × 1.5 × 3 × 1.25 = 18.75 → 18
    assertThat(q.points()).isEqualTo(18);
    assertThat(q.period()).isEqualTo("Mondays");
    assertThat(q.earnMultiplier()).isEqualByComparingTo("1.25");

    Earning.Quote other = quote(rules(earning(null, null, members, periods), null), List.of(line("x", 33_333)), List.of(pay(PaymentMethod.CARD, 33_333)),
        "B", null, Instant.parse("2026-11-24T20:00:00Z"));
    // Tuesday 23:30 in Tehran: the night period (×10) across midnight, group B without a coefficient.
    assertThat(other.period()).isEqualTo("Nights");
    assertThat(other.points()).isEqualTo(33);
  }

  @Test
  void aPeriodOutsideItsDatesDoesNotApply() {
    var periods = List.of(new ProgrammeRules.Period("Yalda", "HIGH", LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 22), null, null, null, null, null,
        new BigDecimal("5"), null));
    assertThat(quote(rules(earning(null, null, null, periods), null), List.of(line("x", 100_000)), List.of(pay(PaymentMethod.CASH, 100_000)), null, null,
        MONDAY_NOON).points()).isEqualTo(10);
    assertThat(quote(rules(earning(null, null, null, periods), null), List.of(line("x", 100_000)), List.of(pay(PaymentMethod.CASH, 100_000)), null, null,
        Instant.parse("2026-12-21T10:00:00Z")).points()).isEqualTo(50);
  }

  @Test
  void aPeriodOfTheFirstWeekOfTheJalaliMonthAppliesOnPayday() {
    var periods = List.of(new ProgrammeRules.Period("Payday", "HIGH", null, null, null, null, List.of(1), null, null, new BigDecimal("2"), null));
    // 2 Azar 1405 is in the first week of Azar; 10 Azar (1 December 2026) is not.
    assertThat(quote(rules(earning(null, null, null, periods), null), List.of(line("x", 100_000)), List.of(pay(PaymentMethod.CASH, 100_000)), null, null,
        MONDAY_NOON).points()).isEqualTo(20);
    assertThat(quote(rules(earning(null, null, null, periods), null), List.of(line("x", 100_000)), List.of(pay(PaymentMethod.CASH, 100_000)), null, null,
        Instant.parse("2026-12-01T08:30:00Z")).points()).isEqualTo(10);
  }

  @Test
  void creditIsEarnedAsAPercentageWeighedByProductGroupAndTheLevelAddsCashback() {
    var products = List.of(new ProgrammeRules.GroupCoefficient("retail", null, BigDecimal.ZERO));
    var tier = new ProgrammeRules.Tier("SILVER", "نقره‌ای", null, 0L, null, null, new BigDecimal("1.5"));
    Earning.Quote q = quote(rules(earning(new BigDecimal("2"), products, null, null), null), List.of(line("food", 1_000_000), line("retail", 1_000_000)),
        List.of(pay(PaymentMethod.CASH, 2_000_000)), null, tier, MONDAY_NOON);
    assertThat(q.credit()).isEqualTo(20_000);
    assertThat(q.cashback()).isEqualTo(30_000);
    assertThat(q.creditEarned()).isEqualTo(50_000);
  }

  @Test
  void onlyTheChosenMethodsEarnAndAReturnWindowMakesEarningsPending() {
    var earning = new ProgrammeRules.EarningRules(10_000L, null, List.of("ONLINE"), null, null, null, 7);
    Earning.Quote q = quote(rules(earning, null), List.of(line("x", 300_000)), List.of(pay(PaymentMethod.CASH, 100_000), pay(PaymentMethod.ONLINE, 200_000)),
        null, null, MONDAY_NOON);
    assertThat(q.points()).isEqualTo(20);
    assertThat(q.availableAt()).isEqualTo(MONDAY_NOON.plus(java.time.Duration.ofDays(7)));
  }

  @Test
  void productGroupWeightsGiveTheInvoicesValueForRanking() {
    var levels = new ProgrammeRules.LevelRules(null, null, null, List.of(new ProgrammeRules.GroupWeight("gold-jewellery", new BigDecimal("0.5"))),
        DefaultProgramme.levels().tiers());
    assertThat(Earning.levelValue(levels, List.of(line("gold-jewellery", 10_000_001), line("x", 5)))).isEqualTo(5_000_005);
  }

  @Test
  void theLargestInvoiceEarnsExactlyUnderTheDefaultProgramme() {
    long max = ir.bashgah.kernel.money.Limits.MAX_AMOUNT;
    Earning.Quote q = quote(DefaultProgramme.rules(), List.of(line("x", max)), List.of(pay(PaymentMethod.CASH, max)), null, null, MONDAY_NOON);
    assertThat(q.total()).isEqualTo(max);
    assertThat(q.points()).isEqualTo(max / 10_000);
    assertThat(q.levelValue()).isEqualTo(max);
  }

  @Test
  void anInvoiceThatWouldEarnMoreThanOneMovementMayHoldIsRefusedNamingItsTotal() {
    BigDecimal hundred = new BigDecimal("100");
    var products = List.of(new ProgrammeRules.GroupCoefficient("gold", hundred, hundred));
    var members = List.of(new ProgrammeRules.GroupCoefficient("A", hundred, hundred));
    var rules = rules(new ProgrammeRules.EarningRules(1L, hundred, null, products, members, null, 0), null);
    long max = ir.bashgah.kernel.money.Limits.MAX_AMOUNT;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> quote(rules, List.of(line("gold", max)), List.of(pay(PaymentMethod.CASH, max)), "A", null, MONDAY_NOON))
        .isInstanceOf(ir.bashgah.kernel.problem.Problem.class)
        .satisfies(e -> assertThat(((ir.bashgah.kernel.problem.Problem) e).errors()).extracting(ir.bashgah.kernel.problem.FieldError::field)
            .containsExactly("total"));
  }
}
