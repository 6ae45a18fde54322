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
   * Queues a member's sign-in code and, once the caller's transaction has committed, sends it at once
   * on its own, ahead of whatever else is due. Nothing is sent if the transaction rolls back; a gateway
   * that fails it leaves it to the delivery job's retries. Its text is the member's alone: staff see
   * that it was sent, never the code, and the stored text is emptied once it is sent or given up.
   */
  long queueSignInCode(OutgoingMessage message);
}
