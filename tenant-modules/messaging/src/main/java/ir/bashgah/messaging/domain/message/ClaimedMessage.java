package ir.bashgah.messaging.domain.message;

import ir.bashgah.messaging.api.MessageKind;

/**
 * A message a worker holds under its lease, to send now; {@code attempts} counts this one.
 * {@code recipient} and {@code text} are null until the message is composed (a batch's or an
 * automation's message is composed when it is sent, from {@code templateCode} or its batch's text,
 * {@code params} and the member). {@code subject} is an email's subject or a push notification's
 * title; null for the other channels. {@code serviceLocalId} is set on an SMS to go over the club's
 * service line, its number having turned out to block advertising SMS.
 */
public record ClaimedMessage(long id, Long batchId, Long memberId, MessageKind kind, String recipient, String subject, String text, String templateCode,
    String params, int attempts, Long serviceLocalId) {

  /** A message written whole when it was queued. */
  public ClaimedMessage(long id, String recipient, String text, int attempts) {
    this(id, null, null, MessageKind.TRANSACTIONAL, recipient, null, text, null, null, attempts, null);
  }

  public boolean composed() {
    return recipient != null && text != null;
  }

  public ClaimedMessage composedAs(String recipient, String subject, String text) {
    return new ClaimedMessage(id, batchId, memberId, kind, recipient, subject, text, templateCode, params, attempts, serviceLocalId);
  }
}
