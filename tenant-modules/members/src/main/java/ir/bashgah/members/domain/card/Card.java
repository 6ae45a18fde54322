package ir.bashgah.members.domain.card;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A loyalty card of a member (M3). A member may hold several; a lost one is blocked and replaced. */
@Entity
@Table(name = "card")
public class Card {
  public enum Status {
    ACTIVE,
    SUSPENDED,
    BLOCKED,
    REPLACED
  }

  @Id private long id;

  @Column(name = "card_number", nullable = false, updatable = false)
  private String cardNumber;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "card_type", nullable = false)
  private String cardType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "replaced_by")
  private String replacedBy;

  @Version private long version;

  protected Card() {}

  public static Card issue(String cardNumber, long memberId, String cardType, Instant now, LocalDate expiresOn) {
    Card c = new Card();
    c.id = Ids.next();
    c.cardNumber = cardNumber;
    c.memberId = memberId;
    c.cardType = cardType;
    c.status = Status.ACTIVE;
    c.issuedAt = now;
    c.expiresOn = expiresOn;
    return c;
  }

  /**
   * Suspends, reactivates or blocks the card (M3). A suspension is undone both ways; a block is
   * final, as is a replacement, so a card reported lost can never come back into use.
   */
  public void changeStatus(Status target) {
    if (target == Status.REPLACED) {
      throw Problem.invalid("status", "a card is replaced with POST /api/v1/cards/{cardNumber}/replace, which issues the new card");
    }
    if (target == status) {
      return;
    }
    if (isFinal()) {
      throw Problem.conflict("Card " + masked() + " is " + status.name().toLowerCase() + " for good; issue a new card instead");
    }
    status = target;
  }

  /** Marks this card as replaced by {@code newCardNumber}. */
  public void replaceBy(String newCardNumber) {
    requireReplaceable();
    status = Status.REPLACED;
    replacedBy = newCardNumber;
  }

  /** A replaced card is never replaced twice: its successor is the one to replace. */
  public void requireReplaceable() {
    if (status == Status.REPLACED) {
      throw Problem.conflict("Card " + masked() + " was already replaced by " + masked(replacedBy));
    }
  }

  /** 423 member-blocked unless the card may be used at a till today. */
  public void requireUsable(LocalDate today) {
    requireUsable(cardNumber, status, expiresOn, today);
  }

  /** The same rule for a card read without its entity (the till's lookup). */
  public static void requireUsable(String cardNumber, Status status, LocalDate expiresOn, LocalDate today) {
    if (!isUsable(status, expiresOn, today)) {
      throw new Problem(ProblemType.MEMBER_BLOCKED, "Card " + masked(cardNumber) + " is " + (status == Status.ACTIVE ? "expired" : status.name().toLowerCase()));
    }
  }

  private boolean isFinal() {
    return status == Status.BLOCKED || status == Status.REPLACED;
  }

  /** For audit, logs and messages: never the whole number. */
  public String masked() {
    return masked(cardNumber);
  }

  public static String masked(String cardNumber) {
    return cardNumber == null || cardNumber.length() < 8 ? "…" : cardNumber.substring(0, 4) + "…" + cardNumber.substring(cardNumber.length() - 4);
  }

  public long id() {
    return id;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public String replacedBy() {
    return replacedBy;
  }

  public String cardNumber() {
    return cardNumber;
  }

  public long memberId() {
    return memberId;
  }

  public String cardType() {
    return cardType;
  }

  public Status status() {
    return status;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public boolean isUsable(LocalDate today) {
    return isUsable(status, expiresOn, today);
  }

  private static boolean isUsable(Status status, LocalDate expiresOn, LocalDate today) {
    return status == Status.ACTIVE && (expiresOn == null || !today.isAfter(expiresOn));
  }
}
