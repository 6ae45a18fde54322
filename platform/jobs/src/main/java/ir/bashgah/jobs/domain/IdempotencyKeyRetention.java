package ir.bashgah.jobs.domain;

import java.time.Instant;

/** The idempotency keys of the tenant in context, as far as forgetting old ones goes. */
public interface IdempotencyKeyRetention {
  /** Deletes at most {@code batch} keys created before {@code before}, in the caller's transaction; answers how many. */
  int forgetOlderThan(Instant before, int batch);
}
