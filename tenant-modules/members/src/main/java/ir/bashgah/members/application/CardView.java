package ir.bashgah.members.application;

import ir.bashgah.members.domain.card.Card;
import java.time.Instant;
import java.time.LocalDate;

/** A card as the staff API shows it; {@code replacedBy} names the card that took a replaced one's place. */
public record CardView(String cardNumber, String memberCode, String type, String status, LocalDate expiresOn, Instant issuedAt, String replacedBy) {
  static CardView of(Card c, String memberCode) {
    return new CardView(c.cardNumber(), memberCode, c.cardType(), c.status().name(), c.expiresOn(), c.issuedAt(), c.replacedBy());
  }
}
