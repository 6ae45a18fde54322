package ir.bashgah.messaging.domain.push;

import java.time.Instant;

/**
 * A browser of a member that accepts the club's web push: where its push service takes messages
 * ({@code endpoint}, chosen by the browser's vendor) and the keys the browser decrypts them with
 * ({@code p256dh}: its P-256 public key, 65 bytes; {@code auth}: a 16-byte secret), both base64url.
 */
public record PushSubscription(long id, long memberId, String endpoint, String p256dh, String auth, String userAgent, Instant createdAt,
    Instant lastSuccessAt, int consecutiveFailures) {
  @Override
  public String toString() {
    // the endpoint and the auth secret together let anyone push to the browser
    return "PushSubscription[id=" + id + ", memberId=" + memberId + "]";
  }
}
