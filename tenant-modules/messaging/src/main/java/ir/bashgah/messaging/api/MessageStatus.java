package ir.bashgah.messaging.api;

/**
 * Where a message is. SENDING is the outbox's own: a worker holds the row under a lease; the API
 * shows it as QUEUED, since the member has not been reached yet.
 */
public enum MessageStatus {
  QUEUED,
  SENDING,
  SENT,
  DELIVERED,
  FAILED,
  SUPPRESSED;

  /** What API-2.md lets a client see. */
  public MessageStatus shown() {
    return this == SENDING ? QUEUED : this;
  }
}
