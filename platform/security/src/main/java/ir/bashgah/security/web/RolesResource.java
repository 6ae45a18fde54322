package ir.bashgah.security.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.security.application.DescribeRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What each staff role may do (A6, K6), for the console's staff page and role picker. */
@ApplicationScoped
@Path("/v1/roles")
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {
  @Inject DescribeRoles roles;

  @GET
  @Allowed(Permission.OWN_ACCOUNT)
  @Operation(
      summary = "The staff roles and what each may do",
      description = "Every staff role in order (owner, manager, branch-manager, cashier, marketer, support, analyst) with the permissions the server"
          + " grants it (wire names, own-account included), branch = required | optional | none (whether its accounts work in one branch) and"
          + " ownerGrantsOnly (only an owner may hand the role out or take it away). Any signed-in person may read it; it is the same for every club.")
  public List<DescribeRoles.RoleView> list() {
    return roles.staffRoles();
  }
}
