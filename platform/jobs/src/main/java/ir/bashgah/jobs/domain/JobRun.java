package ir.bashgah.jobs.domain;

import java.time.Instant;

/** One run of a job for one tenant: who started it, when, how it ended, its one-line summary. */
public record JobRun(String job, String tenant, String triggeredBy, Instant startedAt, Instant finishedAt, String outcome, String summary) {}
