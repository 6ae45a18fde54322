package ir.bashgah.messaging.domain.message;

import java.time.Instant;

/**
 * A gateway's word on one message it took: still on its way, delivered (at {@code deliveredAt} when
 * the gateway says when), or never going to be, with the reason. {@link State#BLOCKED} is the
 * recipient's do-not-disturb list, kept apart because a club may reach those numbers only over a
 * service line (plan feature C2).
 */
public record DeliveryReport(String providerMessageId, State state, String reason, Instant deliveredAt) {
  public enum State {
    PENDING,
    DELIVERED,
    UNDELIVERED,
    BLOCKED
  }

  public static DeliveryReport pending(String providerMessageId) {
    return new DeliveryReport(providerMessageId, State.PENDING, null, null);
  }

  public static DeliveryReport delivered(String providerMessageId, Instant at) {
    return new DeliveryReport(providerMessageId, State.DELIVERED, null, at);
  }

  public static DeliveryReport undelivered(String providerMessageId, String reason) {
    return new DeliveryReport(providerMessageId, State.UNDELIVERED, reason, null);
  }

  public static DeliveryReport blocked(String providerMessageId) {
    return new DeliveryReport(providerMessageId, State.BLOCKED, SmsGateway.DO_NOT_DISTURB, null);
  }
}
