package ir.bashgah.messaging.domain.message;

/** An email provider (the platform's SMTP server); its answers to a send are {@link Gateway}'s. */
public interface EmailGateway extends Gateway {
  /** The provider's name as the outbox records it ({@code smtp}, {@code log}). */
  String name();

  /**
   * Sends {@code email}. {@code localId} is the outbox row's id: it becomes the Message-ID, so a
   * message sent again after a lost answer is recognisably the same one.
   */
  Result send(long localId, Email email);

  /**
   * One email: to one address, from the platform's address under the club's name ({@code senderName}),
   * with a plain text that the gateway also renders as right-to-left HTML.
   */
  record Email(String to, String senderName, String subject, String text) {}
}
