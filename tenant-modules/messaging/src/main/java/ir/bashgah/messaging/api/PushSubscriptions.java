package ir.bashgah.messaging.api;

/**
 * A member's browsers that accept the club's web push (plan feature C4). The member portal calls it
 * with what the browser's {@code PushSubscription.toJSON()} gives ({@code endpoint},
 * {@code keys.p256dh}, {@code keys.auth}) for the member who is logged in; the browser must have
 * subscribed with the platform's public key ({@code GET /api/v1/messaging/push/public-key}).
 */
public interface PushSubscriptions {
  /** The most browsers a member keeps; subscribing one more forgets his oldest. */
  int PER_MEMBER = 10;

  /**
   * Keeps the subscription for the member in context's club, in the caller's transaction. The same
   * endpoint again (a browser renews its keys, or another member logs in on it) replaces the earlier
   * one. A mistake is a 422 problem naming {@code endpoint}, {@code keys.p256dh} or {@code keys.auth};
   * a club without C4 gets 403 feature-not-in-plan.
   */
  void subscribe(long memberId, String endpoint, String p256dh, String auth, String userAgent);

  /** Forgets the member's subscription of {@code endpoint}; answers whether he had one. */
  boolean unsubscribe(long memberId, String endpoint);
}
