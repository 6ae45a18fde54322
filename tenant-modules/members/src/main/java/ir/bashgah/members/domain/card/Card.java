package ir.bashgah.members.domain.card;

import ir.bashgah.kernel.Ids;
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
    return status == Status.ACTIVE && (expiresOn == null || !today.isAfter(expiresOn));
  }
}
