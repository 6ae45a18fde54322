package ir.bashgah.loyalty.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.application.MemberBalances;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /api/v1/members/{memberCode}/balance (docs/integration.md, Members). */
@ApplicationScoped
@Path("/v1/members/{memberCode}/balance")
@Produces(MediaType.APPLICATION_JSON)
public class MemberBalanceResource {
  @Inject MemberBalances balances;

  @GET
  @Allowed(Permission.MEMBERS_READ)
  public BalanceView balance(@PathParam("memberCode") String memberCode) {
    return balances.balance(memberCode);
  }
}
