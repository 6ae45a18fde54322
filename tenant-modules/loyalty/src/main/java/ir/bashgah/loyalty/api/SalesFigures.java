package ir.bashgah.loyalty.api;

import ir.bashgah.kernel.money.Sums;
import ir.bashgah.kernel.time.DayRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Sales of invoices posted through the POS API (every one of them is a club member's) per local day:
 * an invoice counts on the day it was issued ({@code issuedAt}), a return on the day it was recorded,
 * at the branch of its invoice.
 */
public interface SalesFigures {
  /**
   * {@code sales}: invoice totals less returned value; {@code clubSales}: the part of them paid with
   * club credit (CREDIT payments less the spent credit returns gave back); {@code invoices}: invoices
   * issued (a returned one still counts); {@code returns}: value returned; {@code returnCount}: returns.
   * Sums saturate at ±Long.MAX_VALUE ({@link Sums}) instead of wrapping.
   */
  record Day(long sales, long clubSales, long invoices, long returns, long returnCount) {
    public static final Day NONE = new Day(0, 0, 0, 0, 0);

    public Day plus(Day o) {
      return new Day(Sums.plus(sales, o.sales), Sums.plus(clubSales, o.clubSales), Sums.plus(invoices, o.invoices), Sums.plus(returns, o.returns),
          Sums.plus(returnCount, o.returnCount));
    }
  }

  /** A branch's sales in the range; {@code members}: distinct members who bought there. */
  record BranchSales(String branch, long sales, long invoices, long members) {}

  /** Days without an invoice or a return are left out. */
  Map<LocalDate, Day> byDay(DayRange days, String branch);

  /** The branches with the most sales in the range, most first, at most {@code limit}; only {@code branch} when it is set. */
  List<BranchSales> topBranches(DayRange days, String branch, int limit);
}
