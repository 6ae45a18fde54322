package ir.bashgah.messaging.api;

/**
 * Where modules report the events a club may answer with a message. Called inside the event's
 * transaction: when the club has the trigger switched on, a row goes to the outbox with the event's
 * transaction (a pending write, no round trip of its own), so a rolled-back invoice sends nothing.
 * The text is composed when the message is sent, from the trigger's template, these values and the
 * member's standing then.
 */
public interface AutomaticMessages {
  /**
   * What the event knows that the template may show; each null when the event has no such value.
   * {@code amount} is the event's own figure (points earned or spent, a bonus, points about to expire,
   * an invoice's total in Rial); {@code points}, {@code credit} and {@code level} the member's standing
   * right after the event; {@code link} a page of the event (an invoice's).
   */
  record EventValues(Long amount, Long points, Long credit, String level, String link) {
    public static final EventValues NONE = new EventValues(null, null, null, null, null);
  }

  /** Queues the club's message for {@code trigger} to the member, if the club has it switched on. */
  void on(Trigger trigger, long memberId, EventValues values);
}
