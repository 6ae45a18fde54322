package ir.bashgah.messaging.domain.message;

import java.util.List;

/** An SMS provider; its answers to a send are {@link Gateway}'s. */
public interface SmsGateway extends Gateway {
  /**
   * The reason kept for a message the recipient's operator would not deliver because the recipient
   * has blocked advertising SMS (the do-not-disturb list: Kavenegar's status 14, SMS.ir's black list).
   * Stored as it is and counted by it (a batch's {@code doNotDisturb}), so it must never change.
   */
  String DO_NOT_DISTURB = "blocked by the recipient (do-not-disturb)";

  /** The provider's name as the outbox records it ({@code log}, {@code kavenegar}, {@code smsir}). */
  String name();

  /**
   * Sends {@code text} to {@code mobile}. {@code localId} is the outbox row's id: a gateway that knows
   * it (Kavenegar's {@code localid}) refuses to send the same message twice.
   */
  Result send(long localId, String mobile, String text);

  /**
   * Sends from {@code sender}, another line of the same account: the club's service line, which
   * reaches recipients who block advertising SMS (plan feature C2). {@code localId} as for
   * {@link #send}; it must differ from the message's first send, which the gateway may remember.
   */
  Result sendFrom(String sender, long localId, String mobile, String text);

  /**
   * Sends a one-time code through a template kept in the provider's panel (Kavenegar's {@code
   * verify/lookup}, SMS.ir's {@code send/verify}): such messages go out on a service line, so they reach
   * recipients who block advertising SMS too. {@code localId} names the message in what is logged;
   * neither provider takes it as a key against a repeated send.
   */
  Result sendVerify(long localId, String mobile, String template, String token);

  /** How many messages one call of {@link #reports} may name. */
  int reportsPerRequest();

  /**
   * What became of messages this gateway took, by the ids it gave them. An id the answer does not name
   * has no word yet and is asked again later.
   */
  Reports reports(List<String> providerMessageIds);

  sealed interface Reports permits Reported, Unanswered {}

  /** The gateway's word on some of the messages asked about. */
  record Reported(List<DeliveryReport> reports) implements Reports {
    public Reported {
      reports = List.copyOf(reports);
    }
  }

  /** No word this time (a timeout, a 5xx, an unreadable answer, a refused key): every message is asked again later. */
  record Unanswered(String reason) implements Reports {}
}
