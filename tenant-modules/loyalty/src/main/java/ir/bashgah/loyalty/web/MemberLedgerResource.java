package ir.bashgah.loyalty.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Paging;
import ir.bashgah.loyalty.application.MemberBalances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** GET /api/v1/members/{memberCode}/ledger: the member's entries, newest first, paged. */
@ApplicationScoped
@Path("/v1/members/{memberCode}/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class MemberLedgerResource {
  @Inject MemberBalances balances;

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public MemberBalances.LedgerPage ledger(
      @PathParam("memberCode") String memberCode, @QueryParam("page") String page, @QueryParam("size") String size) {
    Paging paging = Paging.of(page, size);
    return balances.ledger(memberCode, paging.page(), paging.size());
  }
}
