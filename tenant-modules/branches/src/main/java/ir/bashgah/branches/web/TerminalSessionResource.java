package ir.bashgah.branches.web;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Lets a POS integrator check its key: which club, branch and terminal it speaks for. */
@ApplicationScoped
@Path("/v1/pos/terminal")
@Produces(MediaType.APPLICATION_JSON)
public class TerminalSessionResource {
  public record WhoAmI(String tenant, String branch, String terminalId, String kind) {}

  @GET
  @Allowed(Permission.POS)
  public WhoAmI whoAmI() {
    Actor actor = CallContext.actor();
    return new WhoAmI(TenantContext.require().slug(), actor.branch(), actor.kind() == Actor.Kind.TERMINAL ? actor.id() : null, actor.kind().name());
  }
}
