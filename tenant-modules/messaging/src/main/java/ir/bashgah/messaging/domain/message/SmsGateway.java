package ir.bashgah.messaging.domain.message;

/**
 * An SMS provider. Implementations never throw for what the network or the gateway does: every
 * outcome is one of the three answers, so the outbox can decide between done, later and never.
 */
public interface SmsGateway {
  /** The provider's name as the outbox records it ({@code log}, {@code kavenegar}, {@code smsir}). */
  String name();

  /**
   * Sends {@code text} to {@code mobile}. {@code localId} is the outbox row's id: a gateway that knows
   * it (Kavenegar's {@code localid}) refuses to send the same message twice.
   */
  Result send(long localId, String mobile, String text);

  sealed interface Result permits Sent, Retry, Refused {}

  /** The gateway took the message; {@code cost} in Rial, null when the gateway does not say it in Rial. */
  record Sent(String providerMessageId, Long cost) implements Result {}

  /** Not sent, and worth another try later (a timeout, a 5xx, an answer that does not parse). */
  record Retry(String reason) implements Result {}

  /** Not sent, and another try would fail the same way (a bad number, a bad key). */
  record Refused(String reason) implements Result {}
}
