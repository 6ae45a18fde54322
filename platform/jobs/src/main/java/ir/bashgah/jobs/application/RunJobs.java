package ir.bashgah.jobs.application;

import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * the others; every run is written to the platform's job_run table.
 */
@ApplicationScoped
public class RunJobs {
  private static final Logger LOG = Logger.getLogger(RunJobs.class.getName());
  private static final String RUNS = TenantContext.PLATFORM_SCHEMA + ".job_run";

  public record Run(String job, String tenant, String triggeredBy, Instant startedAt, Instant finishedAt, String outcome, String summary) {}

  @Inject Instance<TenantJob> jobs;
  @Inject TenantDirectory tenants;
  @Inject Transactions tx;
  @Inject EntityManager em;
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

  public List<Run> runEverywhere(TenantJob job, String triggeredBy) {
    List<Run> runs = new ArrayList<>();
    for (TenantDescriptor tenant : tx.inNew(tenants::servable)) {
      runs.add(runFor(job, tenant, triggeredBy));
    }
    return runs;
  }

  public Run runFor(TenantJob job, TenantDescriptor tenant, String triggeredBy) {
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
    Run run = new Run(job.name(), tenant.slug(), triggeredBy, started, Instant.now(clock), outcome, summary == null ? null : cut(summary));
    tx.runInNew(() -> record(run));
    return run;
  }

  public List<Run> recent(String job, int limit) {
    return tx.inNew(() -> em.createNativeQuery("SELECT job, tenant_slug, trigger_by, started_at, finished_at, outcome, summary FROM " + RUNS
            + " WHERE job = ? ORDER BY started_at DESC, id DESC LIMIT ?").setParameter(1, job).setParameter(2, limit).getResultList().stream()
        .map(o -> {
          Object[] r = (Object[]) o;
          return new Run((String) r[0], (String) r[1], (String) r[2], UtcInstantConverter.fromColumn(r[3]), UtcInstantConverter.fromColumn(r[4]),
              (String) r[5], (String) r[6]);
        }).toList());
  }

  private void record(Run run) {
    em.createNativeQuery("INSERT INTO " + RUNS + " (id, job, tenant_slug, trigger_by, started_at, finished_at, outcome, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, Ids.next()).setParameter(2, run.job()).setParameter(3, run.tenant()).setParameter(4, run.triggeredBy())
        .setParameter(5, UtcInstantConverter.toColumn(run.startedAt())).setParameter(6, UtcInstantConverter.toColumn(run.finishedAt()))
        .setParameter(7, run.outcome()).setParameter(8, run.summary()).executeUpdate();
  }

  private static String cut(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) : s;
  }
}
