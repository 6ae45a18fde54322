package ir.bashgah.messaging.domain.push;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The club's push subscriptions; an endpoint belongs to one member at a time. */
public interface Subscriptions {
  /**
   * Adds the subscription to the caller's transaction, or, when its endpoint is known already (the
   * browser subscribed again, perhaps for another member who logged in on it), gives it the new member
   * and keys; its counts start afresh.
   */
  void save(PushSubscription subscription);

  /** Removes the member's subscription of {@code endpoint}; answers whether there was one. */
  boolean remove(long memberId, String endpoint);

  /** Removes a subscription the push service says is gone. */
  void remove(long id);

  /** The members' subscriptions, oldest first per member. */
  Map<Long, List<PushSubscription>> ofMembers(Collection<Long> memberIds);

  /** How many subscriptions each of the members has; a member without any is not in the answer. */
  Map<Long, Integer> countsOf(Collection<Long> memberIds);

  /** Removes all but the newest {@code keep} subscriptions of the member. */
  void keepNewest(long memberId, int keep);

  void recordSuccess(long id, Instant at);

  void recordFailure(long id);
}
