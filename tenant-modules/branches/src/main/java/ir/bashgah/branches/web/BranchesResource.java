package ir.bashgah.branches.web;

import ir.bashgah.branches.application.ManageBranches;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.web.api.Idempotent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Branches and terminals (docs/integration.md; owner or manager create, every staff member reads). */
@ApplicationScoped
@Path("/v1/branches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BranchesResource {
  public record NewBranchRequest(String code, String name) {}

  public record NewTerminalRequest(String name) {}

  @Inject ManageBranches branches;

  /** Idempotent when the caller sends an Idempotency-Key: a retried create answers the first 201. */
  @POST
  @Allowed(Permission.BRANCHES_MANAGE)
  @Transactional
  @Idempotent(required = false)
  public Response create(NewBranchRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"code\", \"name\"}");
    }
    ManageBranches.BranchView created = branches.create(body.code(), body.name());
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
  }

  @GET
  @Allowed(Permission.BRANCHES_READ)
  public List<ManageBranches.BranchView> list() {
    return branches.list();
  }

  @GET
  @Path("{code}")
  @Allowed(Permission.BRANCHES_READ)
  public ManageBranches.BranchView get(@PathParam("code") String code) {
    return branches.get(code);
  }

  /** Answers the terminal's API key once; only its hash is stored, so a lost key means a new terminal. */
  @POST
  @Path("{code}/terminals")
  @Allowed(Permission.TERMINALS_MANAGE)
  public Response createTerminal(@PathParam("code") String code, NewTerminalRequest body, @Context UriInfo uri) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"name\"}");
    }
    ManageBranches.NewTerminal created = branches.createTerminal(code, body.name());
    return Response.created(uri.getAbsolutePathBuilder().path(created.terminalId()).build())
        .header("Cache-Control", "no-store")
        .entity(created)
        .build();
  }

  @GET
  @Path("{code}/terminals")
  @Allowed(Permission.BRANCHES_READ)
  public List<ManageBranches.TerminalView> terminals(@PathParam("code") String code) {
    return branches.terminals(code);
  }

  @POST
  @Path("{code}/terminals/{terminalId}/revoke")
  @Allowed(Permission.TERMINALS_MANAGE)
  @Consumes(MediaType.WILDCARD)
  public ManageBranches.TerminalView revoke(@PathParam("code") String code, @PathParam("terminalId") String terminalId) {
    return branches.revokeTerminal(code, terminalId);
  }
}
