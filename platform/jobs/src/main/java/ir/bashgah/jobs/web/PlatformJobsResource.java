package ir.bashgah.jobs.web;

import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.jobs.application.RunJobs;
import ir.bashgah.jobs.domain.JobRun;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The platform's jobs: what there is, when each runs, its recent runs, and running one now (for every
 * tenant, or one) without waiting for its schedule.
 */
@ApplicationScoped
@Path("/v1/platform/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformJobsResource {
  public record JobView(String name, String every, String dailyAt, List<JobRun> recentRuns) {}

  @Inject RunJobs runner;
  @Inject TenantDirectory tenants;

  @GET
  @Allowed(Permission.PLATFORM_JOBS)
  public List<JobView> list() {
    return runner.all().stream().map(j -> new JobView(j.name(), j.schedule().every() == null ? null : j.schedule().every().toString(),
        j.schedule().dailyAt() == null ? null : j.schedule().dailyAt() + " Asia/Tehran", runner.recent(j.name(), 10))).toList();
  }

  /** Runs the job now, synchronously, for {@code tenant} or for every servable tenant; answers each run. */
  @POST
  @Path("{name}/runs")
  @Consumes(MediaType.WILDCARD)
  @Allowed(Permission.PLATFORM_JOBS)
  public List<JobRun> run(@PathParam("name") String name, @QueryParam("tenant") String tenant) {
    TenantJob job = runner.byName(name).orElseThrow(() -> Problem.notFound("No job " + name));
    String by = CallContext.actor().name();
    if (tenant == null || tenant.isBlank()) {
      return runner.runEverywhere(job, by);
    }
    return List.of(runner.runFor(job, tenants.find(tenant).filter(t -> t.isServable()).orElseThrow(() -> Problem.notFound("No servable tenant " + tenant)), by));
  }
}
