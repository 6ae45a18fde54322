package ir.bashgah.loyalty.domain.programme;

import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.problem.FieldError;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a programme document before it is stored and names every field to fix by its JSON path
 * ({@code earning.periods[1].toHour}), so an operator's form can point at each mistake at once.
 * Member groups named by rules must exist in the club ({@code knownGroups}).
 */
public final class ProgrammeRulesCheck {
  public static final Set<String> METHODS = Set.of("CASH", "CARD", "ONLINE", "CREDIT");
  public static final Set<String> EXPIRY_RULES = Set.of("NEVER", "DAYS", "END_OF_MONTH", "END_OF_YEAR");
  public static final Set<String> PERIOD_KINDS = Set.of("LOW", "HIGH", "PROMO");
  private static final Pattern TIER_CODE = Pattern.compile("[A-Z0-9_-]{1,20}");
  /** A bonus is a gift, far below the limits of a movement ({@link Limits}). */
  static final long MAX_AWARD_POINTS = 1_000_000_000L;
  static final long MAX_AWARD_CREDIT = 100_000_000_000L;

  private final Predicate<String> knownGroup;
  private final List<FieldError> errors = new ArrayList<>();

  private ProgrammeRulesCheck(Predicate<String> knownGroup) {
    this.knownGroup = knownGroup;
  }

  public static List<FieldError> check(ProgrammeRules rules, Predicate<String> knownGroup) {
    ProgrammeRulesCheck c = new ProgrammeRulesCheck(knownGroup);
    c.earning(rules.earning());
    c.expiry("expiry.points", rules.expiry().points());
    c.expiry("expiry.credit", rules.expiry().credit());
    c.bonuses(rules.bonuses());
    c.conversion(rules.conversion());
    c.levels("levels", rules.levels());
    return List.copyOf(c.errors);
  }

  /** The level part alone, for clubs whose plan lets them configure levels but not the rest (B4). */
  public static List<FieldError> checkLevels(ProgrammeRules.LevelRules levels) {
    ProgrammeRulesCheck c = new ProgrammeRulesCheck(g -> true);
    c.levels("", levels);
    return List.copyOf(c.errors);
  }

  private void earning(ProgrammeRules.EarningRules e) {
    require(e.rialsPerPoint() >= 0 && e.rialsPerPoint() <= 1_000_000_000L, "earning.rialsPerPoint", "must be 0 (no points) to 1,000,000,000 rials");
    require(Coefficient.isValidPercent(e.creditPercent()), "earning.creditPercent", "must be a percentage from 0 to 100 with at most two decimals");
    for (int i = 0; i < e.methods().size(); i++) {
      require(e.methods().get(i) != null && METHODS.contains(e.methods().get(i)), "earning.methods[" + i + "]", "must be CASH, CARD, ONLINE or CREDIT");
    }
    groups("earning.productGroups", e.productGroups(), false);
    groups("earning.memberGroups", e.memberGroups(), true);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < e.periods().size(); i++) {
      period("earning.periods[" + i + "]", e.periods().get(i), names);
    }
    require(e.returnWindowDays() >= 0 && e.returnWindowDays() <= 365, "earning.returnWindowDays", "must be 0 to 365 days");
  }

  private void groups(String path, List<ProgrammeRules.GroupCoefficient> list, boolean memberGroups) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      ProgrammeRules.GroupCoefficient g = list.get(i);
      String at = path + "[" + i + "]";
      if (g == null) {
        errors.add(new FieldError(at, "is empty"));
        continue;
      }
      if (blank(g.group()) || g.group().length() > 64) {
        errors.add(new FieldError(at + ".group", "is required, at most 64 characters"));
      } else {
        require(seen.add(g.group()), at + ".group", "is listed twice");
        require(!memberGroups || knownGroup.test(g.group()), at + ".group", "no member group '" + g.group() + "' in this club");
      }
      require(Coefficient.isValid(g.points()), at + ".points", "must be a coefficient from 0 to 100 with at most four decimals");
      require(Coefficient.isValid(g.credit()), at + ".credit", "must be a coefficient from 0 to 100 with at most four decimals");
    }
  }

  private void period(String at, ProgrammeRules.Period p, Set<String> names) {
    if (p == null) {
      errors.add(new FieldError(at, "is empty"));
      return;
    }
    if (blank(p.name()) || p.name().length() > 100) {
      errors.add(new FieldError(at + ".name", "is required, at most 100 characters"));
    } else {
      require(names.add(p.name()), at + ".name", "another period has this name");
    }
    require(p.kind() == null || PERIOD_KINDS.contains(p.kind()), at + ".kind", "must be LOW, HIGH or PROMO");
    require(p.from() == null || p.to() == null || !p.to().isBefore(p.from()), at + ".to", "is before from");
    for (int i = 0; i < p.weekdays().size(); i++) {
      require(isDay(p.weekdays().get(i)), at + ".weekdays[" + i + "]", "must be a day such as SATURDAY or FRIDAY");
    }
    for (int i = 0; i < p.months().size(); i++) {
      Integer m = p.months().get(i);
      require(m != null && m >= 1 && m <= 12, at + ".months[" + i + "]", "must be a Jalali month from 1 (Farvardin) to 12 (Esfand)");
    }
    for (int i = 0; i < p.weeksOfMonth().size(); i++) {
      Integer w = p.weeksOfMonth().get(i);
      require(w != null && w >= 1 && w <= 5, at + ".weeksOfMonth[" + i + "]", "must be a week of the Jalali month from 1 (days 1-7) to 5 (days 29-31)");
    }
    require(p.fromHour() == null || (p.fromHour() >= 0 && p.fromHour() <= 23), at + ".fromHour", "must be an hour from 0 to 23");
    require(p.toHour() == null || (p.toHour() >= 1 && p.toHour() <= 24), at + ".toHour", "must be an hour from 1 to 24");
    require((p.fromHour() == null) == (p.toHour() == null), at + ".toHour", "give both fromHour and toHour, or neither");
    require(Coefficient.isValid(p.points()), at + ".points", "must be a coefficient from 0 to 100 with at most four decimals");
    require(Coefficient.isValid(p.credit()), at + ".credit", "must be a coefficient from 0 to 100 with at most four decimals");
  }

  private void expiry(String at, ProgrammeRules.Expiry e) {
    if (e.rule() == null || !EXPIRY_RULES.contains(e.rule())) {
      errors.add(new FieldError(at + ".rule", "must be NEVER, DAYS, END_OF_MONTH or END_OF_YEAR"));
      return;
    }
    Integer n = e.count();
    switch (e.rule()) {
      case "DAYS" -> require(n != null && n >= 1 && n <= 3650, at + ".count", "must be 1 to 3650 days");
      case "END_OF_MONTH" -> require(n == null || (n >= 0 && n <= 120), at + ".count", "must be 0 (the month of earning) to 120 months later");
      case "END_OF_YEAR" -> require(n == null || (n >= 0 && n <= 10), at + ".count", "must be 0 (the Jalali year of earning) to 10 years later");
      default -> require(n == null, at + ".count", "has no meaning for NEVER");
    }
  }

  private void bonuses(ProgrammeRules.BonusRules b) {
    award("bonuses.joining", b.joining());
    ProgrammeRules.Referral r = b.referral();
    award("bonuses.referral", r.toReferrer());
    award("bonuses.referral", r.toReferee());
    require(r.maxPerReferrer() == null || r.maxPerReferrer() >= 1, "bonuses.referral.maxPerReferrer", "must be 1 or more, or absent for no cap");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < b.thresholds().size(); i++) {
      ProgrammeRules.ThresholdBonus t = b.thresholds().get(i);
      String at = "bonuses.thresholds[" + i + "]";
      if (t == null) {
        errors.add(new FieldError(at, "is empty"));
        continue;
      }
      if (blank(t.name()) || t.name().length() > 60) {
        errors.add(new FieldError(at + ".name", "is required, at most 60 characters"));
      } else {
        require(names.add(t.name()), at + ".name", "another threshold bonus has this name");
      }
      require(t.memberGroup() == null || knownGroup.test(t.memberGroup()), at + ".memberGroup", "no member group '" + t.memberGroup() + "' in this club");
      require(t.points() != null && t.points() >= 1, at + ".points", "must be the number of points to reach, 1 or more");
      require(t.withinDays() != null && t.withinDays() >= 1 && t.withinDays() <= 365, at + ".withinDays", "must be 1 to 365 days");
      require(t.bonusPoints() >= 0 && t.bonusCredit() >= 0 && (t.bonusPoints() > 0 || t.bonusCredit() > 0), at + ".bonusPoints",
          "give bonus points or bonus credit, 0 or more each");
      require(t.bonusPoints() <= MAX_AWARD_POINTS, at + ".bonusPoints", "must be 0 to 1,000,000,000");
      require(t.bonusCredit() <= MAX_AWARD_CREDIT, at + ".bonusCredit", "must be 0 to 100,000,000,000 rials");
    }
  }

  private void award(String at, ProgrammeRules.Award a) {
    require(a.points() >= 0 && a.points() <= MAX_AWARD_POINTS, at, "points must be 0 to 1,000,000,000");
    require(a.credit() >= 0 && a.credit() <= MAX_AWARD_CREDIT, at, "credit must be 0 to 100,000,000,000 rials");
  }

  private void conversion(ProgrammeRules.ConversionRules c) {
    require(c.minimumPoints() >= 0 && c.minimumPoints() <= Limits.MAX_POINTS, "conversion.minimumPoints", "must be 0 to " + Limits.grouped(Limits.MAX_POINTS));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.rates().size(); i++) {
      ProgrammeRules.Rate r = c.rates().get(i);
      String at = "conversion.rates[" + i + "]";
      if (r == null) {
        errors.add(new FieldError(at, "is empty"));
        continue;
      }
      require(seen.add(String.valueOf(r.memberGroup())), at + ".memberGroup", r.memberGroup() == null ? "only one rate may be without a group" : "is listed twice");
      require(r.memberGroup() == null || knownGroup.test(r.memberGroup()), at + ".memberGroup", "no member group '" + r.memberGroup() + "' in this club");
      require(r.points() != null && r.points() >= 1 && r.points() <= Limits.MAX_POINTS, at + ".points", "must be 1 to " + Limits.grouped(Limits.MAX_POINTS));
      require(r.rials() != null && r.rials() >= 1 && r.rials() <= Limits.MAX_AMOUNT, at + ".rials", "must be 1 to " + Limits.grouped(Limits.MAX_AMOUNT));
    }
    require(!c.enabled() || !c.rates().isEmpty(), "conversion.rates", "an enabled conversion needs at least one rate");
  }

  private void levels(String path, ProgrammeRules.LevelRules l) {
    String p = path.isEmpty() ? "" : path + ".";
    require(LevelBasis.parse(l.basis()).isPresent(), p + "basis", "must be TURNOVER, PURCHASES or POINTS");
    require(l.windowDays() >= 1 && l.windowDays() <= 3650, p + "windowDays", "must be 1 to 3650 days");
    require(l.graceDays() >= 0 && l.graceDays() <= 365, p + "graceDays", "must be 0 to 365 days");
    Set<String> seenGroups = new HashSet<>();
    for (int i = 0; i < l.productGroupWeights().size(); i++) {
      ProgrammeRules.GroupWeight w = l.productGroupWeights().get(i);
      String at = p + "productGroupWeights[" + i + "]";
      require(w != null && !blank(w.group()) && w.group().length() <= 64 && seenGroups.add(w.group()), at + ".group", "is required, at most 64 characters, once");
      require(w != null && w.weight() != null && Coefficient.isValid(w.weight()), at + ".weight", "must be a coefficient from 0 to 100 with at most four decimals");
    }
    if (l.tiers().isEmpty()) {
      errors.add(new FieldError(p + "tiers", "at least one level is required"));
      return;
    }
    Set<String> codes = new HashSet<>();
    long previous = -1;
    for (int i = 0; i < l.tiers().size(); i++) {
      ProgrammeRules.Tier t = l.tiers().get(i);
      String at = p + "tiers[" + i + "]";
      if (t == null) {
        errors.add(new FieldError(at, "is empty"));
        continue;
      }
      require(t.code() != null && TIER_CODE.matcher(t.code()).matches() && codes.add(t.code()), at + ".code", "must be 1 to 20 capital letters, digits, - or _, once");
      require(!blank(t.name()) && t.name().length() <= 60, at + ".name", "is required, at most 60 characters");
      require(t.nameEn() == null || t.nameEn().length() <= 60, at + ".nameEn", "must be at most 60 characters");
      require(i == 0 ? t.threshold() == 0 : t.threshold() > previous, at + ".threshold",
          i == 0 ? "the first level starts at 0" : "must be above the previous level's threshold");
      previous = t.threshold();
      require(Coefficient.isValid(t.earnMultiplier()), at + ".earnMultiplier", "must be a coefficient from 0 to 100 with at most four decimals");
      require(Coefficient.isValidPercent(t.discountPercent()), at + ".discountPercent", "must be a percentage from 0 to 100 with at most two decimals");
      require(Coefficient.isValidPercent(t.cashbackPercent()), at + ".cashbackPercent", "must be a percentage from 0 to 100 with at most two decimals");
    }
  }

  private static boolean isDay(String day) {
    try {
      return day != null && DayOfWeek.valueOf(day) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private void require(boolean ok, String field, String message) {
    if (!ok) {
      errors.add(new FieldError(field, message));
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
