package ir.bashgah.web.domain;

import java.time.Instant;
import java.util.Optional;

/** The idempotency keys of the tenant in context, each with the first answer given for it; inside the write's transaction. */
public interface IdempotencyKeys {
  /** What was answered for a key, and the hash of the request that got it. */
  record Answer(String requestHash, Integer status, String body, String location) {}

  /**
   * Claims the key for this request (INSERT IGNORE): true when it is new; false when it exists, in which
   * case this call waited for the row until the transaction that claimed it ended.
   */
  boolean claim(String key, String scope, String requestHash, Instant at);

  /** Stores the answer of the call that claimed the key. */
  void answer(String key, int status, String body, String location);

  /** The stored answer; empty when the key's row is gone (its claimer rolled back). */
  Optional<Answer> answerOf(String key);
}
