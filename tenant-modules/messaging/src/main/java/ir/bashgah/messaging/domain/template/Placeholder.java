package ir.bashgah.messaging.domain.template;

import java.util.Optional;

/** The values a template may name (API-2.md, "Messaging"), each written as {@code {name}} in its text. */
public enum Placeholder {
  FIRST_NAME("firstName"),
  LAST_NAME("lastName"),
  /** The member's points balance when the message is sent (or when its event happened). */
  POINTS("points"),
  /** The member's credit balance, Rial. */
  CREDIT("credit"),
  /** The name of the member's level. */
  LEVEL("level"),
  /** The club's name. */
  CLUB("club"),
  /** The event's link (an invoice's page) or else the club's member portal. */
  LINK("link"),
  /** The event's amount: points earned or spent, a bonus, points about to expire, an invoice's total. */
  AMOUNT("amount");

  private final String token;

  Placeholder(String token) {
    this.token = token;
  }

  /** As written between the braces. */
  public String token() {
    return token;
  }

  public static Optional<Placeholder> byToken(String token) {
    for (Placeholder p : values()) {
      if (p.token.equals(token)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
