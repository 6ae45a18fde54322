package ir.bashgah.messaging.api;

/**
 * The events a club may answer with an automatic message (API-2.md, "Messaging"). Receipts of what
 * happened to the member's balance are transactional: they go at once and are part of C1. The
 * others are marketing: they wait out quiet hours and need marketing automation (C5).
 */
public enum Trigger {
  WELCOME(MessageKind.MARKETING),
  EARN(MessageKind.TRANSACTIONAL),
  REDEEM(MessageKind.TRANSACTIONAL),
  BONUS(MessageKind.MARKETING),
  LEVEL_UP(MessageKind.MARKETING),
  BIRTHDAY(MessageKind.MARKETING),
  ANNIVERSARY(MessageKind.MARKETING),
  POINTS_EXPIRING(MessageKind.TRANSACTIONAL),
  INVOICE_LINK(MessageKind.TRANSACTIONAL),
  MISSING(MessageKind.MARKETING);

  private final MessageKind kind;

  Trigger(MessageKind kind) {
    this.kind = kind;
  }

  public MessageKind kind() {
    return kind;
  }

  /** The plan feature a club needs to switch the trigger on (PLANS.md). */
  public String feature() {
    return kind == MessageKind.MARKETING ? "C5" : "C1";
  }
}
