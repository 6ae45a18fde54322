package ir.bashgah.messaging.api;

/**
 * Where other modules leave a message for the club in context. It must be called inside the
 * caller's transaction: the message is written with the caller's other writes, in a round trip the
 * transaction makes anyway, so it is sent only if the transaction commits (a rolled-back invoice
 * sends nothing). Delivery happens later, outside the caller's transaction.
 */
public interface Outbox {
  /** Queues the message; answers its id (also the gateway's {@code localid}). */
  long queue(OutgoingMessage message);

  /**
   * Queues the message and, once the caller's transaction has committed, sends it at once on its own,
   * ahead of whatever else is due (a sign-in code). Nothing is sent if the transaction rolls back; a
   * gateway that fails it leaves it to the delivery job's retries.
   */
  long queueUrgent(OutgoingMessage message);
}
