package ir.bashgah.messaging.domain.push;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The browsers' push services (RFC 8030), reached at each subscription's own endpoint. Never throws
 * for what the network or the push service does: every outcome is one of the answers below.
 */
public interface PushService {
  /** The push service's {@code Urgency} header (RFC 8030, section 5.3): how soon the browser should be woken for it. */
  enum Urgency {
    VERY_LOW("very-low"),
    LOW("low"),
    NORMAL("normal"),
    HIGH("high");

    private final String header;

    Urgency(String header) {
      this.header = header;
    }

    public String header() {
      return header;
    }
  }

  /**
   * Posts {@code payload} (at most {@link #MAX_PAYLOAD} bytes) to each subscription, encrypted for its
   * browser, all at once: a member's several browsers cost one timeout at most, not one each. The
   * answers are in the order of {@code to}.
   */
  List<Answer> send(List<PushSubscription> to, byte[] payload, Urgency urgency, Duration timeToLive);

  /**
   * Why the platform would not post to {@code endpoint}, or null when it would: it must be an https
   * address of a host on the public internet (a member's browser supplies it, so it could otherwise
   * point the platform at an address inside its network).
   */
  String refuses(URI endpoint);

  /** Most a payload may hold before encryption (4,096 bytes of body less the encryption's header and tag). */
  int MAX_PAYLOAD = 3993;

  sealed interface Answer permits Accepted, Gone, Later, Refused {}

  /** 201 (or 202): the push service took it. */
  record Accepted() implements Answer {}

  /** 404 or 410: the subscription is no more (the member unsubscribed, the browser dropped it). */
  record Gone(String reason) implements Answer {}

  /** Worth another try later: 429, 5xx, a timeout, no connection. */
  record Later(String reason) implements Answer {}

  /** The push service refuses this message itself (400, 403, 413 ...): another try would fail the same way. */
  record Refused(String reason) implements Answer {}
}
