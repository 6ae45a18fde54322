package ir.bashgah.loyalty.domain.programme;

import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a loyalty programme decides (L2, L6, L9, L10, T1-T4), as one document: the operator edits
 * it as a whole, every invoice reads it as a whole, and it is stored as JSON with a version. Numbers
 * are boxed so that a missing field reads as its default and a fraction in a whole-number field is
 * refused by the API instead of truncated. Enumerations are strings so that a wrong one is a 422
 * naming the field ({@link ProgrammeRulesCheck}), not an unreadable body.
 */
public record ProgrammeRules(
    EarningRules earning, ExpiryRules expiry, BonusRules bonuses, ConversionRules conversion, LevelRules levels, Boolean allowNegativeBalance) {

  public ProgrammeRules {
    earning = earning == null ? new EarningRules(null, null, null, null, null, null, null) : earning;
    expiry = expiry == null ? new ExpiryRules(null, null) : expiry;
    bonuses = bonuses == null ? new BonusRules(null, null, null) : bonuses;
    conversion = conversion == null ? new ConversionRules(null, null, null) : conversion;
    levels = levels == null ? DefaultProgramme.levels() : levels;
    allowNegativeBalance = allowNegativeBalance != null && allowNegativeBalance;
  }

  public boolean negativeAllowed() {
    return allowNegativeBalance;
  }

  /**
   * How invoices earn (L2): points per rial paid by the earning methods, credit as a percentage of it,
   * each weighed by product group, member group and the best matching period; earnings wait
   * {@code returnWindowDays} as pending before they can be spent.
   */
  public record EarningRules(
      Long rialsPerPoint,
      BigDecimal creditPercent,
      List<String> methods,
      List<GroupCoefficient> productGroups,
      List<GroupCoefficient> memberGroups,
      List<Period> periods,
      Integer returnWindowDays) {
    public EarningRules {
      rialsPerPoint = rialsPerPoint == null ? 10_000L : rialsPerPoint;
      methods = methods == null ? List.of("CASH", "CARD", "ONLINE") : List.copyOf(methods);
      productGroups = productGroups == null ? List.of() : List.copyOf(productGroups);
      memberGroups = memberGroups == null ? List.of() : List.copyOf(memberGroups);
      periods = periods == null ? List.of() : List.copyOf(periods);
      returnWindowDays = returnWindowDays == null ? 0 : returnWindowDays;
    }
  }

  /** A coefficient for points and, separately, for credit, of one product or member group. */
  public record GroupCoefficient(String group, BigDecimal points, BigDecimal credit) {}

  /**
   * A season or promotion: low or high season, a date range, weekdays, Jalali months (1 Farvardin to
   * 12 Esfand), weeks of the Jalali month (1 = days 1-7, … 5 = days 29-31: paydays fall in a week) and
   * hours of the day, all in Tehran time; every condition given must hold.
   */
  public record Period(
      String name, String kind, LocalDate from, LocalDate to, List<String> weekdays, List<Integer> months, List<Integer> weeksOfMonth, Integer fromHour,
      Integer toHour, BigDecimal points, BigDecimal credit) {
    public Period {
      weekdays = weekdays == null ? List.of() : List.copyOf(weekdays);
      months = months == null ? List.of() : List.copyOf(months);
      weeksOfMonth = weeksOfMonth == null ? List.of() : List.copyOf(weeksOfMonth);
    }
  }

  /** When points and credit expire (L9). */
  public record ExpiryRules(Expiry points, Expiry credit) {
    public ExpiryRules {
      points = points == null ? new Expiry("NEVER", null) : points;
      credit = credit == null ? new Expiry("NEVER", null) : credit;
    }
  }

  /** NEVER; DAYS after earning; END_OF_MONTH or END_OF_YEAR (Jalali), {@code count} months or years on. */
  public record Expiry(String rule, Integer count) {}

  /** Bonuses (L6, NM1): for joining, for bringing a member who buys, for reaching a threshold. */
  public record BonusRules(Award joining, Referral referral, List<ThresholdBonus> thresholds) {
    public BonusRules {
      joining = joining == null ? new Award(null, null) : joining;
      referral = referral == null ? new Referral(null, null, null, null, null) : referral;
      thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
    }
  }

  public record Award(Long points, Long credit) {
    public Award {
      points = points == null ? 0L : points;
      credit = credit == null ? 0L : credit;
    }

    /** Transient: a question about the award, not part of the stored document. */
    @JsonbTransient
    public boolean isEmpty() {
      return points == 0 && credit == 0;
    }
  }

  /** Paid when the referee settles his first invoice; {@code maxPerReferrer} caps what one member can collect. */
  public record Referral(Long referrerPoints, Long referrerCredit, Long refereePoints, Long refereeCredit, Integer maxPerReferrer) {
    public Referral {
      referrerPoints = referrerPoints == null ? 0L : referrerPoints;
      referrerCredit = referrerCredit == null ? 0L : referrerCredit;
      refereePoints = refereePoints == null ? 0L : refereePoints;
      refereeCredit = refereeCredit == null ? 0L : refereeCredit;
    }

    public Award toReferrer() {
      return new Award(referrerPoints, referrerCredit);
    }

    public Award toReferee() {
      return new Award(refereePoints, refereeCredit);
    }
  }

  /**
   * E.g. group B: 1,000 points earned on invoices within 30 days gives 200 bonus points; paid at most
   * once in any {@code withinDays} window.
   */
  public record ThresholdBonus(String name, String memberGroup, Long points, Integer withinDays, Long bonusPoints, Long bonusCredit) {
    public ThresholdBonus {
      bonusPoints = bonusPoints == null ? 0L : bonusPoints;
      bonusCredit = bonusCredit == null ? 0L : bonusCredit;
    }

    public boolean appliesTo(String group) {
      return memberGroup == null || memberGroup.equals(group);
    }
  }

  /** Points to credit (L1): at the rate of the member's group, or the rate without a group. */
  public record ConversionRules(Boolean enabled, Long minimumPoints, List<Rate> rates) {
    public ConversionRules {
      enabled = enabled != null && enabled;
      minimumPoints = minimumPoints == null ? 0L : minimumPoints;
      rates = rates == null ? List.of() : List.copyOf(rates);
    }

    public java.util.Optional<Rate> rateFor(String memberGroup) {
      return rates.stream().filter(r -> r.memberGroup() != null && r.memberGroup().equals(memberGroup)).findFirst()
          .or(() -> rates.stream().filter(r -> r.memberGroup() == null).findFirst());
    }
  }

  /** {@code points} points are worth {@code rials} rials of credit. */
  public record Rate(String memberGroup, Long points, Long rials) {}

  /**
   * Levels (T1-T4): ranked by turnover, number of purchases or points earned within the last
   * {@code windowDays}; product groups weigh the turnover; a member who falls below his level keeps it
   * for {@code graceDays} before he is moved down.
   */
  public record LevelRules(String basis, Integer windowDays, Integer graceDays, List<GroupWeight> productGroupWeights, List<Tier> tiers) {
    public LevelRules {
      basis = basis == null ? "TURNOVER" : basis;
      windowDays = windowDays == null ? 180 : windowDays;
      graceDays = graceDays == null ? 0 : graceDays;
      productGroupWeights = productGroupWeights == null ? List.of() : List.copyOf(productGroupWeights);
      tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }
  }

  public record GroupWeight(String group, BigDecimal weight) {}

  /** A level and its benefits (T4): earn multiplier, fixed discount at the till (D1), cashback to credit (D5). */
  public record Tier(String code, String name, String nameEn, Long threshold, BigDecimal earnMultiplier, BigDecimal discountPercent, BigDecimal cashbackPercent) {
    public Tier {
      threshold = threshold == null ? 0L : threshold;
    }
  }
}
