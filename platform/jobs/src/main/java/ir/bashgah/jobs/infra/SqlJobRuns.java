package ir.bashgah.jobs.infra;

import ir.bashgah.jobs.domain.JobRun;
import ir.bashgah.jobs.domain.JobRuns;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

@ApplicationScoped
public class SqlJobRuns implements JobRuns {
  private static final String RUNS = TenantContext.PLATFORM_SCHEMA + ".job_run";

  @Inject EntityManager em;

  @Override
  public void add(JobRun run) {
    em.createNativeQuery("INSERT INTO " + RUNS + " (id, job, tenant_slug, trigger_by, started_at, finished_at, outcome, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, Ids.next()).setParameter(2, run.job()).setParameter(3, run.tenant()).setParameter(4, run.triggeredBy())
        .setParameter(5, UtcInstantConverter.toColumn(run.startedAt())).setParameter(6, UtcInstantConverter.toColumn(run.finishedAt()))
        .setParameter(7, run.outcome()).setParameter(8, run.summary()).executeUpdate();
  }

  @Override
  public List<JobRun> recent(String job, int limit) {
    return ((List<?>) em.createNativeQuery("SELECT job, tenant_slug, trigger_by, started_at, finished_at, outcome, summary FROM " + RUNS
            + " WHERE job = ? ORDER BY started_at DESC, id DESC LIMIT ?").setParameter(1, job).setParameter(2, limit).getResultList()).stream()
        .map(o -> {
          Object[] r = (Object[]) o;
          return new JobRun((String) r[0], (String) r[1], (String) r[2], UtcInstantConverter.fromColumn(r[3]), UtcInstantConverter.fromColumn(r[4]),
              (String) r[5], (String) r[6]);
        }).toList();
  }
}
