package ir.bashgah.jobs.domain;

import java.util.List;

/** The record of every run, in the platform's {@code job_run} table. */
public interface JobRuns {
  /** Inside the caller's transaction. */
  void add(JobRun run);

  /** The newest runs of a job first. */
  List<JobRun> recent(String job, int limit);
}
