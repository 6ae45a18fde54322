package ir.bashgah.messaging.domain.line;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** The club's numbers that block advertising SMS, as its gateways reported them. */
public interface BlockedNumbers {
  /** Adds {@code mobile}, found blocked at {@code at}, to the caller's transaction (again: the later moment counts). */
  void add(String mobile, Instant at);

  /** Those of {@code mobiles} found blocked at or after {@code since}. */
  Set<String> blockedSince(Collection<String> mobiles, Instant since);
}
