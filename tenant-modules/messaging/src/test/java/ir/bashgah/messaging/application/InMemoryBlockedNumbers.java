package ir.bashgah.messaging.application;

import ir.bashgah.messaging.domain.line.BlockedNumbers;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The club's blocked numbers in a unit test. */
final class InMemoryBlockedNumbers implements BlockedNumbers {
  final Map<String, Instant> found = new HashMap<>();

  @Override
  public void add(String mobile, Instant at) {
    found.merge(mobile, at, (a, b) -> a.isAfter(b) ? a : b);
  }

  @Override
  public boolean blockedSince(String mobile, Instant since) {
    Instant at = found.get(mobile);
    return at != null && !at.isBefore(since);
  }

  static RerouteBlockedNumbers reroute(InMemoryMessages outbox, InMemoryBlockedNumbers numbers) {
    RerouteBlockedNumbers reroute = new RerouteBlockedNumbers();
    reroute.messages = outbox;
    reroute.blocked = numbers;
    return reroute;
  }
}
