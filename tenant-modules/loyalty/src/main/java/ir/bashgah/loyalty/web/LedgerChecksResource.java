package ir.bashgah.loyalty.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.application.CheckLedger;
import ir.bashgah.loyalty.domain.ledger.LedgerChecks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The ledger's consistency check: run it now, or read the last run (it also runs nightly). */
@ApplicationScoped
@Path("/v1/ledger/checks")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerChecksResource {
  @Inject CheckLedger check;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Allowed(Permission.LOYALTY_CONFIGURE)
  public LedgerChecks.Report run() {
    return check.check();
  }

  @GET
  @Path("latest")
  @Allowed(Permission.LOYALTY_CONFIGURE)
  public LedgerChecks.Report latest() {
    return check.latest().orElseThrow(() -> Problem.notFound("The ledger has not been checked yet"));
  }
}
