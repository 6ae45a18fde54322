package ir.bashgah.messaging.domain.line;

import java.time.Instant;

/** The club's numbers that block advertising SMS, as its gateways reported them. */
public interface BlockedNumbers {
  /** Adds {@code mobile}, found blocked at {@code at}, to the caller's transaction (again: the later moment counts). */
  void add(String mobile, Instant at);

  /** Whether {@code mobile} was found blocked at or after {@code since}. */
  boolean blockedSince(String mobile, Instant since);
}
