package ir.bashgah.jobs.application;

import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.jobs.domain.Rota;
import ir.bashgah.web.api.PlatformStarted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts every {@link TenantJob} on the rota once the platform is migrated, each run for every servable
 * tenant. BASHGAH_JOBS_ENABLED=false leaves a node out of the rota.
 */
@ApplicationScoped
public class ScheduleJobs {
  private static final Logger LOG = Logger.getLogger(ScheduleJobs.class.getName());

  @Inject RunJobs runner;
  @Inject Rota rota;

  @Inject
  @ConfigProperty(name = "bashgah.jobs.enabled", defaultValue = "true")
  boolean enabled;

  void onStart(@Observes PlatformStarted started) {
    if (!enabled) {
      LOG.info("Jobs are disabled on this node (bashgah.jobs.enabled=false)");
      return;
    }
    rota.start(runner.all(), job -> runner.runEverywhere(job, RunJobs.SCHEDULER));
    started.addBannerLine("Jobs: " + String.join(", ", runner.all().stream().map(TenantJob::name).toList()));
  }
}
