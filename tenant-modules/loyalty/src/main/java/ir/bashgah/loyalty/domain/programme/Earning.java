package ir.bashgah.loyalty.domain.programme;

import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.money.Sums;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.api.InvoiceLine;
import ir.bashgah.loyalty.api.Payment;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an invoice earns under a programme (L2, T4). Each line's share of what was paid by earning
 * methods is weighed by its product group's coefficient; the sum by the member group's coefficient,
 * the best matching period's and the level's earn multiplier. Points and credit are computed
 * separately, each in exact integer arithmetic and rounded down once, at the end; the level's
 * cashback is a percentage of the eligible amount, also rounded down.
 */
public final class Earning {
  private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
  private static final BigInteger SCALE = BigInteger.valueOf(Coefficient.SCALE);

  /** An invoice as earning needs it. */
  public record Purchase(List<InvoiceLine> lines, List<Payment> payments, Instant issuedAt, String memberGroup, ProgrammeRules.Tier tier) {}

  /** What the invoice earns, and why: the coefficients that applied, for the dry run and the receipt. */
  public record Quote(
      long total, long eligible, long points, long credit, long cashback, String period, java.math.BigDecimal memberGroupCoefficient,
      java.math.BigDecimal periodCoefficient, java.math.BigDecimal earnMultiplier, Instant availableAt, long levelValue) {
    /** Credit earned in all: by the programme's rate and by the level's cashback. */
    public long creditEarned() {
      return Math.addExact(credit, cashback);
    }
  }

  private Earning() {}

  public static Quote quote(ProgrammeRules rules, Purchase p) {
    ProgrammeRules.EarningRules e = rules.earning();
    long total = p.lines().stream().mapToLong(InvoiceLine::total).reduce(0, Math::addExact);
    long eligible = p.payments().stream().filter(x -> e.methods().contains(x.method().name())).mapToLong(Payment::amount).reduce(0, Math::addExact);
    eligible = Math.min(eligible, total);

    ProgrammeRules.GroupCoefficient group = e.memberGroups().stream().filter(g -> g.group().equals(p.memberGroup())).findFirst().orElse(null);
    Optional<ProgrammeRules.Period> bestForPoints = matching(e.periods(), p.issuedAt()).max(Comparator.comparing(x -> Coefficient.of(x.points())));
    Optional<ProgrammeRules.Period> bestForCredit = matching(e.periods(), p.issuedAt()).max(Comparator.comparing(x -> Coefficient.of(x.credit())));
    Coefficient tierMultiplier = p.tier() == null ? Coefficient.ONE : Coefficient.of(p.tier().earnMultiplier());

    // Σ lineTotal × productGroupCoefficient, in rials × 10^4, for points and for credit.
    BigInteger weighedForPoints = BigInteger.ZERO;
    BigInteger weighedForCredit = BigInteger.ZERO;
    for (InvoiceLine line : p.lines()) {
      ProgrammeRules.GroupCoefficient pg = e.productGroups().stream().filter(g -> g.group().equals(line.productGroup())).findFirst().orElse(null);
      BigInteger value = BigInteger.valueOf(line.total());
      weighedForPoints = weighedForPoints.add(value.multiply(bp(pg == null ? null : Coefficient.of(pg.points()))));
      weighedForCredit = weighedForCredit.add(value.multiply(bp(pg == null ? null : Coefficient.of(pg.credit()))));
    }

    long points = 0;
    long credit = 0;
    if (total > 0 && eligible > 0) {
      BigInteger share = BigInteger.valueOf(eligible);
      if (e.rialsPerPoint() > 0) {
        BigInteger numerator = weighedForPoints.multiply(share)
            .multiply(bp(group == null ? null : Coefficient.of(group.points())))
            .multiply(bp(bestForPoints.map(x -> Coefficient.of(x.points())).orElse(null)))
            .multiply(bp(tierMultiplier));
        BigInteger denominator = BigInteger.valueOf(total).multiply(BigInteger.valueOf(e.rialsPerPoint())).multiply(SCALE.pow(4));
        points = bounded(numerator.divide(denominator), Limits.MAX_POINTS, "points");
      }
      Coefficient creditRate = Coefficient.percent(e.creditPercent());
      if (creditRate.basisPoints() > 0) {
        BigInteger numerator = weighedForCredit.multiply(share)
            .multiply(bp(creditRate))
            .multiply(bp(group == null ? null : Coefficient.of(group.credit())))
            .multiply(bp(bestForCredit.map(x -> Coefficient.of(x.credit())).orElse(null)))
            .multiply(bp(tierMultiplier));
        BigInteger denominator = BigInteger.valueOf(total).multiply(SCALE.pow(5));
        credit = bounded(numerator.divide(denominator), Limits.MAX_AMOUNT, "rials of credit");
      }
    }
    long cashback = 0;
    Coefficient cashbackRate = p.tier() == null ? new Coefficient(0) : Coefficient.percent(p.tier().cashbackPercent());
    if (cashbackRate.basisPoints() > 0) {
      cashback = bounded(BigInteger.valueOf(eligible).multiply(bp(cashbackRate)).divide(SCALE), Limits.MAX_AMOUNT, "rials of cashback");
    }
    Instant availableAt = e.returnWindowDays() == 0 ? p.issuedAt() : p.issuedAt().plus(java.time.Duration.ofDays(e.returnWindowDays()));
    return new Quote(total, eligible, points, credit, cashback, bestForPoints.map(ProgrammeRules.Period::name).orElse(null),
        group == null ? java.math.BigDecimal.ONE : Coefficient.of(group.points()).asDecimal(),
        bestForPoints.map(x -> Coefficient.of(x.points()).asDecimal()).orElse(java.math.BigDecimal.ONE),
        tierMultiplier.asDecimal(), availableAt, levelValue(rules.levels(), p.lines()));
  }

  /**
   * What one invoice earns is a movement like any other and has its maximum ({@link Limits}): with
   * coefficients up to 100 at each of four steps, a large invoice could earn more than any balance
   * holds. Such an invoice is refused (422 naming {@code total}) rather than cut short silently.
   */
  private static long bounded(BigInteger earned, long max, String what) {
    if (!Limits.atMost(earned, max)) {
      throw Problem.invalid("total", "the invoice would earn " + earned + " " + what + " under the member's programme, above the maximum of "
          + Limits.grouped(max) + " for one invoice");
    }
    return earned.longValue();
  }

  /** The invoice's value for ranking (T1): each line weighed by its product group, rounded down. */
  public static long levelValue(ProgrammeRules.LevelRules levels, List<InvoiceLine> lines) {
    BigInteger sum = BigInteger.ZERO;
    for (InvoiceLine line : lines) {
      ProgrammeRules.GroupWeight w = levels.productGroupWeights().stream().filter(g -> g.group().equals(line.productGroup())).findFirst().orElse(null);
      sum = sum.add(BigInteger.valueOf(line.total()).multiply(bp(w == null ? null : Coefficient.of(w.weight()))));
    }
    // At most 10^15 rials × a weight of 100 per invoice: well within a long.
    return Sums.saturated(sum.divide(SCALE));
  }

  /** Periods whose every given condition holds at {@code at}, in Tehran time. */
  static java.util.stream.Stream<ProgrammeRules.Period> matching(List<ProgrammeRules.Period> periods, Instant at) {
    ZonedDateTime local = at.atZone(TEHRAN);
    int jalaliMonth = periods.stream().anyMatch(x -> !x.months().isEmpty()) ? Jalali.month(at) : 0;
    int weekOfMonth = periods.stream().anyMatch(x -> !x.weeksOfMonth().isEmpty()) ? (Jalali.dayOfMonth(at) - 1) / 7 + 1 : 0;
    return periods.stream().filter(x -> matches(x, local, jalaliMonth, weekOfMonth));
  }

  private static boolean matches(ProgrammeRules.Period x, ZonedDateTime local, int jalaliMonth, int weekOfMonth) {
    if (x.from() != null && local.toLocalDate().isBefore(x.from())) {
      return false;
    }
    if (x.to() != null && local.toLocalDate().isAfter(x.to())) {
      return false;
    }
    DayOfWeek day = local.getDayOfWeek();
    if (!x.weekdays().isEmpty() && !x.weekdays().contains(day.name())) {
      return false;
    }
    if (!x.months().isEmpty() && !x.months().contains(jalaliMonth)) {
      return false;
    }
    if (!x.weeksOfMonth().isEmpty() && !x.weeksOfMonth().contains(weekOfMonth)) {
      return false;
    }
    if (x.fromHour() != null && x.toHour() != null) {
      int h = local.getHour();
      boolean inside = x.fromHour() < x.toHour() ? h >= x.fromHour() && h < x.toHour() : h >= x.fromHour() || h < x.toHour();
      return inside;
    }
    return true;
  }

  private static BigInteger bp(Coefficient c) {
    return BigInteger.valueOf(c == null ? Coefficient.SCALE : c.basisPoints());
  }
}
