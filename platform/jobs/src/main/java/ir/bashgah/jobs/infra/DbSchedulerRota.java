package ir.bashgah.jobs.infra;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.jobs.application.RunJobs;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.web.startup.PlatformStarted;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts db-scheduler once the platform is migrated, with one recurring task per {@link TenantJob}.
 * Its table in the platform schema is how several nodes agree who runs a due job; the work itself
 * runs on the container's managed executor, so transactions and the persistence unit behave as in a
 * request. BASHGAH_JOBS_ENABLED=false leaves a node out of the rota.
 */
@ApplicationScoped
public class JobScheduler {
  private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
  private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

  @Inject RunJobs runner;

  @Inject
  @ConfigProperty(name = "bashgah.jobs.enabled", defaultValue = "true")
  boolean enabled;

  private Scheduler scheduler;

  void onStart(@Observes PlatformStarted started) throws NamingException {
    if (!enabled) {
      LOG.info("Jobs are disabled on this node (bashgah.jobs.enabled=false)");
      return;
    }
    DataSource data = InitialContext.doLookup("java:app/jdbc/bashgah");
    ExecutorService managed = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    List<RecurringTask<Void>> tasks = runner.all().stream()
        .map(job -> Tasks.recurring(job.name(), schedule(job.schedule())).execute((instance, context) -> runner.runEverywhere(job, "scheduler")))
        .toList();
    scheduler = Scheduler.create(data)
        .startTasks(tasks)
        .tableName(TenantContext.PLATFORM_SCHEMA + ".scheduled_tasks")
        .threads(2)
        .executorService(new BorrowedExecutor(managed))
        .pollingInterval(Duration.ofSeconds(20))
        .alwaysPersistTimestampInUTC()
        .build();
    scheduler.start();
    started.addBannerLine("Jobs: " + String.join(", ", runner.all().stream().map(TenantJob::name).toList()));
  }

  @PreDestroy
  void stop() {
    if (scheduler != null) {
      scheduler.stop();
    }
  }

  private static Schedule schedule(JobSchedule s) {
    return s.every() != null ? Schedules.fixedDelay(s.every()) : Schedules.daily(TEHRAN, s.dailyAt());
  }
}
