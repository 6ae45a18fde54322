package ir.bashgah.jobs.infra;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.jobs.domain.Rota;
import ir.bashgah.kernel.TenantContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The {@link Rota} of db-scheduler, with one recurring task per {@link TenantJob}. Its table in the
 * platform schema is how several nodes agree who runs a due job; the work itself runs on the
 * container's managed executor, so transactions and the persistence unit behave as in a request.
 */
@ApplicationScoped
public class DbSchedulerRota implements Rota {
  private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

  private Scheduler scheduler;

  @Override
  public void start(List<TenantJob> jobs, Consumer<TenantJob> run) {
    DataSource data;
    ExecutorService managed;
    try {
      data = InitialContext.doLookup("java:app/jdbc/bashgah");
      managed = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    } catch (NamingException e) {
      throw new IllegalStateException("The data source or the managed executor is not bound", e);
    }
    List<RecurringTask<Void>> tasks = jobs.stream()
        .map(job -> Tasks.recurring(job.name(), schedule(job.schedule())).execute((instance, context) -> run.accept(job)))
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
