package ir.bashgah.messaging.domain.message;

/**
 * What any provider of any channel answers for one message. Providers never throw for what the network
 * or the far side does: every outcome is one of these, so the outbox can decide between done, later
 * and never.
 */
public interface Gateway {
  sealed interface Result permits Sent, Retry, Refused, Held {}

  /** The provider took the message; {@code cost} in Rial, null when the provider does not say it in Rial. */
  record Sent(String providerMessageId, Long cost) implements Result {}

  /** Not sent, and worth another try later (a timeout, a 5xx, an answer that does not parse). */
  record Retry(String reason) implements Result {}

  /** Not sent, and another try would fail the same way (a bad address). */
  record Refused(String reason) implements Result {}

  /**
   * Not sent through no fault of the message: the account it goes through needs the operator or the
   * club (a bot token revoked, an SMTP login refused). Tried again later without counting a try, so
   * the messages wait for the fix instead of running out of tries; the reason says what to fix.
   */
  record Held(String reason) implements Result {}
}
