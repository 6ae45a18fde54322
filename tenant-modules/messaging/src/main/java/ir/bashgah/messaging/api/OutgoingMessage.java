package ir.bashgah.messaging.api;

/**
 * A message to queue. {@code batchId} groups a bulk send (null for a single one); {@code memberId}
 * is null for a recipient who is not a member (a club owner).
 */
public record OutgoingMessage(Long batchId, Long memberId, Channel channel, String recipient, String subject, String text, MessageKind kind) {
  public OutgoingMessage {
    if (channel == null || kind == null) {
      throw new IllegalArgumentException("A message needs its channel and kind");
    }
    if (recipient == null || recipient.isBlank()) {
      throw new IllegalArgumentException("A message needs a recipient");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A message needs a text");
    }
  }

  public static OutgoingMessage sms(Long memberId, String mobile, String text, MessageKind kind) {
    return new OutgoingMessage(null, memberId, Channel.SMS, mobile, null, text, kind);
  }

  /** An email; {@code subject} null means the club's name. */
  public static OutgoingMessage email(Long memberId, String address, String subject, String text, MessageKind kind) {
    return new OutgoingMessage(null, memberId, Channel.EMAIL, address, subject, text, kind);
  }
}
