package ir.bashgah.web.domain;

import java.time.Instant;
import java.util.Optional;

/** The idempotency keys of the tenant in context, each with the first answer given for it; inside the write's transaction. */
public interface IdempotencyKeys {
  /** What was answered for a key, and the hash of the request that got it. */
  record Answer(String requestHash, Integer status, String body, String location) {}

  /**
   * Claims the key for this request. The key's row goes in with the transaction's first statement, in
   * its round trip. When the key exists (after waiting for its row until the transaction that claimed it
   * ended), the call that sent it raises an exception {@link #taken} recognises, and the transaction is
   * marked to roll back: nothing the call began may commit.
   */
  void claim(String key, String scope, String requestHash, Instant at);

  /** Makes the claim now if the call has not run a statement yet (so that a taken key is known before the answer is stored). */
  void settleClaim();

  /** Whether {@code e}, or what caused it, is the claim of a key that exists already. */
  boolean taken(Throwable e);

  /** Stores the answer of the call that claimed the key. */
  void answer(String key, int status, String body, String location);

  /** The stored answer; empty when the key's row is gone (its claimer rolled back). */
  Optional<Answer> answerOf(String key);
}
