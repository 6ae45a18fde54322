package ir.bashgah.analytics.web;

import ir.bashgah.analytics.application.ReadDashboard;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * GET /api/v1/dashboard: the club's overview (A1, AN4) for a range of Tehran calendar days.
 *
 * <p>Amounts are whole rials, points whole points, saturated at ±(2^63 - 1) rather than wrapped (docs/security.md).
 * Every figure is defined in docs/dashboard.md:
 *
 * <ul>
 *   <li>{@code sales}: totals of the invoices posted through the POS API (each is a club member's),
 *       on the day of their {@code issuedAt}, less the value of returns on the day each return was
 *       recorded; {@code clubSales}: the part of sales paid with club credit (CREDIT payments less
 *       spent credit that returns gave back); {@code invoices}: invoices issued; {@code returns} and
 *       {@code returnCount}: value and number of returns recorded.
 *   <li>points and credit {@code issued}: ledger entries of kind EARN and BONUS, staff adjustments
 *       (signed; opening balances of an import are not counted), the credit a conversion produces,
 *       less what returns took back of earnings. {@code spent}: credit redeemed at tills less
 *       cancelled redemptions, the points a conversion uses, less spent credit returns gave back.
 *       Expiry, transfers between members and the release of pending points are neither. Ledger
 *       figures fall on the day the ledger booked them.
 *   <li>{@code members.total} and {@code members.active} (not deactivated) are as of now;
 *       {@code newInPeriod} registered within the range.
 * </ul>
 *
 * <p>With {@code branch}: members registered at the branch, its invoices and returns, the ledger
 * entries made at it (head office conversions and adjustments belong to no branch), the levels of the
 * members who bought there in the range. A branch manager always gets his own branch.
 */
@ApplicationScoped
@Path("/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
  @Inject ReadDashboard dashboard;

  @GET
  @Allowed(Permission.DASHBOARD_READ)
  @RequiresFeature("A1")
  @Operation(
      summary = "The club's dashboard for a range of days",
      description = "Members, points and credit issued and spent, sales, invoices and returns per Tehran calendar day (a row for every day of the"
          + " range, zeros included) and in total, the current level distribution and the 10 branches with the most sales. sales = invoice totals"
          + " by issuedAt day less returns by the day they were recorded; clubSales = the part paid with club credit. issued = EARN + BONUS +"
          + " staff ADJUST (signed, imports excluded) + credit received by conversions - earnings taken back by returns; spent = REDEEM -"
          + " REDEMPTION_CANCELLED + points given by conversions - spent credit given back by returns; EXPIRE, TRANSFER and RELEASE are neither."
          + " Sums are exact; a figure beyond 2^63-1 is shown saturated at 9223372036854775807 (or its negative), never wrapped."
          + " 422 validation-failed for a bad date, a date outside 1970-9999, from after to, or more than 731 days; 403 when a branch manager asks for another branch;"
          + " 404 for an unknown branch.")
  public ReadDashboard.Dashboard read(
      @Parameter(description = "First day, YYYY-MM-DD (Tehran); default: 29 days before to") @QueryParam("from") String from,
      @Parameter(description = "Last day, YYYY-MM-DD (Tehran), included; default: today") @QueryParam("to") String to,
      @Parameter(description = "A branch code; a branch manager gets his own branch without it") @QueryParam("branch") String branch) {
    return dashboard.read(new ReadDashboard.Query(from, to, branch));
  }
}
