package ir.bashgah.jobs.api;

/**
 * A piece of recurring work a module does for every tenant (expiring lots, ranking members, checking
 * the ledger). Implementations are CDI beans; the scheduler finds them, runs them on its schedule for
 * each servable tenant with the tenant in context, and records every run.
 */
public interface TenantJob {
  /** A stable name, lower case with dashes: the scheduler's task name and the API's. */
  String name();

  JobSchedule schedule();

  /**
   * Does the work for the tenant in context; answers a one-line summary for the run's record, or null
   * when there was nothing to do: a scheduled run that did nothing leaves no record (a job that runs
   * every minute for every club would otherwise write thousands of rows a day that say nothing).
   */
  String runForTenant();
}
