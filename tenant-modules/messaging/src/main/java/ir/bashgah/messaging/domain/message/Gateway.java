package ir.bashgah.messaging.domain.message;

/**
 * What any provider of any channel answers for one message. Providers never throw for what the network
 * or the far side does: every outcome is one of these, so the outbox can decide between done, later
 * and never.
 */
public interface Gateway {
  sealed interface Result permits Sent, Retry, Refused {}

  /** The provider took the message; {@code cost} in Rial, null when the provider does not say it in Rial. */
  record Sent(String providerMessageId, Long cost) implements Result {}

  /** Not sent, and worth another try later (a timeout, a 5xx, an answer that does not parse). */
  record Retry(String reason) implements Result {}

  /** Not sent, and another try would fail the same way (a bad address, a bad key). */
  record Refused(String reason) implements Result {}
}
