package ir.bashgah.portal.domain.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The one-time codes and login links sent to members' mobiles, and the quotas of their requests. */
public interface LoginCodes {
  /**
   * A request for a code. {@code memberId} null for a mobile that is no member's (nothing was sent, but
   * the request counts the same). Hashes are keyed ({@link LoginSecret}).
   */
  record LoginCode(long id, String mobileIndex, Long memberId, String codeHash, String linkHash, Instant createdAt, Instant codeExpiresAt,
      Instant linkExpiresAt, int attempts, Instant usedAt) {}

  /**
   * Counts one more use of the quota {@code key} in its window (a window starts at the first use and
   * lasts {@code window}) and answers the count with this one, the counter row locked until the
   * transaction ends; and when the window began.
   */
  record Use(int count, Instant windowStartedAt) {}

  Use use(String key, Instant now, Duration window);

  void add(LoginCode code, String clientAddress);

  /** The newest request for the mobile, locked. */
  Optional<LoginCode> newestFor(String mobileIndex);

  /** The request whose link hashes to {@code linkHash}, locked. */
  Optional<LoginCode> byLink(String linkHash);

  void recordAttempt(long id, int attempts);

  void markUsed(long id, Instant at);

  /** Forgets requests older than {@code before}, a few at a time. */
  int forgetOlderThan(Instant before, int atMost);
}
