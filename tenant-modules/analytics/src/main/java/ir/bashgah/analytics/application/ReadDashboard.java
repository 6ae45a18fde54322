package ir.bashgah.analytics.application;

import ir.bashgah.branches.api.BranchNames;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.time.DayRange;
import ir.bashgah.loyalty.api.LedgerFigures;
import ir.bashgah.loyalty.api.LevelFigures;
import ir.bashgah.loyalty.api.SalesFigures;
import ir.bashgah.members.api.MemberFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The club's dashboard (A1, AN4) for a range of Tehran calendar days: members, points, credit and
 * sales per day and in total, the level distribution and the top branches, each figure from the module
 * that owns it (docs/dashboard.md defines them). A branch manager sees his own branch only.
 */
@ApplicationScoped
public class ReadDashboard {
  /** Two years, a leap day included: enough to compare a month with the same month a year before. */
  public static final int MAX_DAYS = 731;

  static final int DEFAULT_DAYS = 30;
  static final int TOP_BRANCHES = 10;

  /** The range asked for, as typed: dates YYYY-MM-DD or null, a branch code or null. */
  public record Query(String from, String to, String branch) {}

  @JsonbNillable
  public record Dashboard(LocalDate from, LocalDate to, String branch, Members members, Totals totals, List<Daily> daily, List<Level> levels,
      List<TopBranch> topBranches) {}

  /** {@code total} and {@code active} now; {@code newInPeriod} registered within the range. */
  public record Members(long total, long active, long newInPeriod) {}

  public record Totals(long newMembers, long pointsIssued, long pointsSpent, long creditIssued, long creditSpent, long sales, long clubSales, long invoices,
      long returns, long returnCount) {}

  public record Daily(LocalDate date, long newMembers, long pointsIssued, long pointsSpent, long creditIssued, long creditSpent, long sales, long invoices) {}

  /** {@code level} and {@code name} are null on the row of members with no standing in any programme. */
  @JsonbNillable
  public record Level(String programme, String level, String name, long members) {}

  public record TopBranch(String code, String name, long sales, long invoices, long members) {}

  @Inject MemberFigures memberFigures;
  @Inject LedgerFigures ledgerFigures;
  @Inject SalesFigures salesFigures;
  @Inject LevelFigures levelFigures;
  @Inject BranchNames branchNames;
  @Inject Clock clock;

  /** One transaction, so that every figure is read from the same snapshot of the club. */
  @Transactional
  public Dashboard read(Query query) {
    DayRange days = range(query.from(), query.to());
    Map<String, String> branches = branchNames.names();
    String branch = branch(query.branch(), branches);

    Map<LocalDate, Long> registrations = memberFigures.registrationsByDay(days, branch);
    Map<LocalDate, LedgerFigures.Day> ledger = ledgerFigures.byDay(days, branch);
    Map<LocalDate, SalesFigures.Day> sales = salesFigures.byDay(days, branch);
    List<Daily> daily = new ArrayList<>();
    long newMembers = 0;
    LedgerFigures.Day ledgerTotal = LedgerFigures.Day.NONE;
    SalesFigures.Day salesTotal = SalesFigures.Day.NONE;
    for (LocalDate day : days.days()) {
      long registered = registrations.getOrDefault(day, 0L);
      LedgerFigures.Day l = ledger.getOrDefault(day, LedgerFigures.Day.NONE);
      SalesFigures.Day s = sales.getOrDefault(day, SalesFigures.Day.NONE);
      daily.add(new Daily(day, registered, l.pointsIssued(), l.pointsSpent(), l.creditIssued(), l.creditSpent(), s.sales(), s.invoices()));
      newMembers += registered;
      ledgerTotal = ledgerTotal.plus(l);
      salesTotal = salesTotal.plus(s);
    }
    MemberFigures.Counts counts = memberFigures.counts(branch);

    List<Level> levels = new ArrayList<>(levelFigures.distribution(days, branch).stream()
        .map(c -> new Level(c.programme(), c.level(), c.name(), c.members())).toList());
    if (branch == null) {
      long standing = levels.stream().mapToLong(Level::members).sum();
      if (counts.total() > standing) {
        levels.add(new Level(null, null, null, counts.total() - standing));
      }
    }
    List<TopBranch> top = salesFigures.topBranches(days, branch, TOP_BRANCHES).stream()
        .map(b -> new TopBranch(b.branch(), branches.get(b.branch()), b.sales(), b.invoices(), b.members())).toList();

    return new Dashboard(days.from(), days.to(), branch, new Members(counts.total(), counts.active(), newMembers),
        new Totals(newMembers, ledgerTotal.pointsIssued(), ledgerTotal.pointsSpent(), ledgerTotal.creditIssued(), ledgerTotal.creditSpent(),
            salesTotal.sales(), salesTotal.clubSales(), salesTotal.invoices(), salesTotal.returns(), salesTotal.returnCount()),
        daily, levels, top);
  }

  /** The last 30 days up to today when nothing is given; one end given, the other follows from it. */
  private DayRange range(String fromText, String toText) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate from = date("from", fromText, errors);
    LocalDate to = date("to", toText, errors);
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), DayRange.TEHRAN);
    if (to == null) {
      to = from == null ? today : (from.isAfter(today) ? from : today);
    }
    if (from == null) {
      from = to.minusDays(DEFAULT_DAYS - 1);
    }
    if (from.isAfter(to)) {
      throw Problem.invalid("from", "must not be after to (" + to + ")");
    }
    if (from.plusDays(MAX_DAYS - 1).isBefore(to)) {
      throw Problem.invalid("to", "the range may span at most " + MAX_DAYS + " days, both ends included");
    }
    return DayRange.tehran(from, to);
  }

  private static LocalDate date(String field, String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.trim());
      if (date.getYear() < 1970 || date.getYear() > 9999) {
        errors.add(new FieldError(field, "must lie between 1970-01-01 and 9999-12-31"));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date as YYYY-MM-DD (Gregorian, Tehran's calendar day)"));
      return null;
    }
  }

  /**
   * A branch manager's own branch, whatever he asks for: another branch is 403. Anyone else gets the
   * branch asked for, which must exist (404, as a branch of another club would not), or the whole club.
   */
  private static String branch(String asked, Map<String, String> branches) {
    String wanted = asked == null || asked.isBlank() ? null : asked.trim();
    Actor actor = CallContext.actor();
    if (actor.branch() != null) {
      if (wanted != null && !wanted.equals(actor.branch())) {
        throw Problem.forbidden("You see the dashboard of branch '" + actor.branch() + "' only");
      }
      return actor.branch();
    }
    if (wanted != null && !branches.containsKey(wanted)) {
      throw Problem.notFound("No branch with code '" + wanted + "'");
    }
    return wanted;
  }
}
