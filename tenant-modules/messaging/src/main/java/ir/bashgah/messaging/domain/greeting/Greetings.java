package ir.bashgah.messaging.domain.greeting;

import ir.bashgah.messaging.api.Trigger;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** Which members have had this year's greeting. */
public interface Greetings {
  /** Those of {@code memberIds} already greeted for {@code trigger} in Jalali year {@code year}. */
  Set<Long> greeted(Trigger trigger, int year, Collection<Long> memberIds);

  /** Records the greeting, in the transaction that queues its message. */
  void record(long memberId, Trigger trigger, int year, long messageId, Instant now);
}
