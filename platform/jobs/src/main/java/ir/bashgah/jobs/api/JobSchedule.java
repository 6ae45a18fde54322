package ir.bashgah.jobs.api;

import java.time.Duration;
import java.time.LocalTime;

/** When a job runs: every so often, or daily at a Tehran wall-clock time (nightly work after the shops close). */
public record JobSchedule(Duration every, LocalTime dailyAt) {
  public static JobSchedule every(Duration every) {
    return new JobSchedule(every, null);
  }

  public static JobSchedule dailyAt(LocalTime tehranTime) {
    return new JobSchedule(null, tehranTime);
  }
}
