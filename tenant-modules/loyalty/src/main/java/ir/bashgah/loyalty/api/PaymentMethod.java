package ir.bashgah.loyalty.api;

/** How an invoice was paid. CREDIT is the club's own credit, spent through redemptions. */
public enum PaymentMethod {
  CASH,
  CARD,
  ONLINE,
  CREDIT
}
