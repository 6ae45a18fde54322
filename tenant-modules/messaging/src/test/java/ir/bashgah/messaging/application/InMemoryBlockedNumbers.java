package ir.bashgah.messaging.application;

import ir.bashgah.messaging.domain.line.BlockedNumbers;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The club's blocked numbers in a unit test. */
final class InMemoryBlockedNumbers implements BlockedNumbers {
  final Map<String, Instant> found = new HashMap<>();

  @Override
  public void add(String mobile, Instant at) {
    found.merge(mobile, at, (a, b) -> a.isAfter(b) ? a : b);
  }

  @Override
  public Set<String> blockedSince(Collection<String> mobiles, Instant since) {
    Set<String> blocked = new HashSet<>();
    for (String mobile : mobiles) {
      Instant at = found.get(mobile);
      if (at != null && !at.isBefore(since)) {
        blocked.add(mobile);
      }
    }
    return blocked;
  }

  static RerouteBlockedNumbers reroute(InMemoryMessages outbox, InMemoryBlockedNumbers numbers) {
    RerouteBlockedNumbers reroute = new RerouteBlockedNumbers();
    reroute.messages = outbox;
    reroute.blocked = numbers;
    return reroute;
  }
}
