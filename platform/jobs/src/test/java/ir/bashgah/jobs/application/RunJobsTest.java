package ir.bashgah.jobs.application;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.jobs.domain.JobRun;
import ir.bashgah.jobs.domain.JobRuns;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.tenancy.api.Plan;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RunJobsTest {
  private final List<JobRun> recorded = new ArrayList<>();
  private final RunJobs runner = new RunJobs();
  private final TenantDescriptor club = new TenantDescriptor("club", "Club", Plan.values()[0], TenantStatus.ACTIVE, "t_club", null);

  RunJobsTest() {
    runner.clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    runner.runs = new JobRuns() {
      @Override
      public void add(JobRun run) {
        recorded.add(run);
      }

      @Override
      public List<JobRun> recent(String job, int limit) {
        return recorded;
      }
    };
    runner.tx = new Transactions() {
      @Override
      public <T> T inNew(Supplier<T> work) {
        return work.get();
      }

      @Override
      public void runInNew(Runnable work) {
        work.run();
      }
    };
  }

  private static TenantJob job(Supplier<String> work) {
    return new TenantJob() {
      @Override
      public String name() {
        return "probe";
      }

      @Override
      public JobSchedule schedule() {
        return null;
      }

      @Override
      public String runForTenant() {
        return work.get();
      }
    };
  }

  @Test
  void aScheduledRunWithNothingToDoLeavesNoRecordButEveryOtherRunDoes() {
    assertThat(runner.runFor(job(() -> null), club, RunJobs.SCHEDULER).summary()).isEqualTo("nothing to do");
    assertThat(recorded).as("an idle scheduled run").isEmpty();

    runner.runFor(job(() -> "3 sent"), club, RunJobs.SCHEDULER);
    runner.runFor(job(() -> null), club, "admin");
    runner.runFor(job(() -> {
      throw new IllegalStateException("gateway down");
    }), club, RunJobs.SCHEDULER);
    assertThat(recorded).extracting(JobRun::triggeredBy, JobRun::outcome, JobRun::summary).containsExactly(
        org.assertj.core.groups.Tuple.tuple(RunJobs.SCHEDULER, "OK", "3 sent"),
        org.assertj.core.groups.Tuple.tuple("admin", "OK", "nothing to do"),
        org.assertj.core.groups.Tuple.tuple(RunJobs.SCHEDULER, "FAILED", "IllegalStateException: gateway down"));
  }
}
