package ir.bashgah.jobs.application;

import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.jobs.domain.JobRun;
import ir.bashgah.jobs.domain.JobRuns;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a job for one tenant or for every servable tenant in turn, each with its tenant and a system
 * actor in context, cleared afterwards. One tenant's failure is recorded and logged and never stops
 * the others; every run is written to the platform's job_run table, but a scheduled one that had
 * nothing to do ({@link TenantJob#runForTenant} answered null).
 */
@ApplicationScoped
public class RunJobs {
  private static final Logger LOG = Logger.getLogger(RunJobs.class.getName());
  /** Who triggered the runs the scheduler starts. */
  public static final String SCHEDULER = "scheduler";

  @Inject Instance<TenantJob> jobs;
  @Inject TenantDirectory tenants;
  @Inject Transactions tx;
  @Inject JobRuns runs;
  @Inject Clock clock;

  public List<TenantJob> all() {
    List<TenantJob> all = new ArrayList<>();
    jobs.forEach(all::add);
    all.sort(Comparator.comparing(TenantJob::name));
    return all;
  }

  public Optional<TenantJob> byName(String name) {
    return all().stream().filter(j -> j.name().equals(name)).findFirst();
  }

  public List<JobRun> runEverywhere(TenantJob job, String triggeredBy) {
    List<JobRun> done = new ArrayList<>();
    for (TenantDescriptor tenant : tx.inNew(tenants::servable)) {
      done.add(runFor(job, tenant, triggeredBy));
    }
    return done;
  }

  public JobRun runFor(TenantJob job, TenantDescriptor tenant, String triggeredBy) {
    Instant started = Instant.now(clock);
    String outcome = "OK";
    String summary;
    CallContext.Call before = CallContext.current();
    CallContext.begin("job-" + job.name() + "-" + Ids.next(), null);
    CallContext.actAs(new Actor(Actor.Kind.SYSTEM, "job:" + job.name(), "job:" + job.name(), null, null));
    try {
      summary = TenantContext.callAs(tenant.ref(), job::runForTenant);
    } catch (Exception e) {
      outcome = "FAILED";
      summary = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(Level.SEVERE, "Job " + job.name() + " failed for tenant " + tenant.slug(), e);
    } finally {
      CallContext.restore(before);
    }
    JobRun run = new JobRun(job.name(), tenant.slug(), triggeredBy, started, Instant.now(clock), outcome,
        summary == null ? (outcome.equals("OK") ? "nothing to do" : null) : cut(summary));
    if (summary != null || !outcome.equals("OK") || !triggeredBy.equals(SCHEDULER)) {
      tx.runInNew(() -> runs.add(run));
    }
    return run;
  }

  public List<JobRun> recent(String job, int limit) {
    return tx.inNew(() -> runs.recent(job, limit));
  }

  private static String cut(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) : s;
  }
}
