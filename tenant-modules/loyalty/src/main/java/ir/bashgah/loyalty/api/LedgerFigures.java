package ir.bashgah.loyalty.api;

import ir.bashgah.kernel.money.Sums;
import ir.bashgah.kernel.time.DayRange;
import java.time.LocalDate;
import java.util.Map;

/**
 * Points and credit issued and spent per local day, summed from the ledger's entries by the day they
 * were booked (docs/dashboard.md has the reasons). Per asset:
 * <ul>
 *   <li>issued: EARN and BONUS entries; ADJUST entries made by staff, increases and decreases alike
 *       (an import's opening balances are not, they were issued by the club's old system); the CONVERT
 *       entry that receives (the credit of a conversion); less what returns took back of earnings
 *       (RETURN entries that take away);
 *   <li>spent: REDEEM entries less REDEMPTION_CANCELLED ones; the CONVERT entry that gives (the points
 *       of a conversion); less what returns gave back of spent credit (RETURN entries that add);
 *   <li>neither: EXPIRE (lost, not spent), TRANSFER (moved between members), RELEASE (pending to
 *       available).
 * </ul>
 * {@code branch} null means the whole club; otherwise only the entries made at that branch (by its
 * tills or its staff), which leaves out head office conversions, adjustments and transfers.
 */
public interface LedgerFigures {
  record Day(long pointsIssued, long pointsSpent, long creditIssued, long creditSpent) {
    public static final Day NONE = new Day(0, 0, 0, 0);

    public Day plus(Day o) {
      return new Day(Sums.plus(pointsIssued, o.pointsIssued), Sums.plus(pointsSpent, o.pointsSpent), Sums.plus(creditIssued, o.creditIssued),
          Sums.plus(creditSpent, o.creditSpent));
    }
  }

  /** Days without an entry that counts are left out. */
  Map<LocalDate, Day> byDay(DayRange days, String branch);
}
