package ir.bashgah.members.domain.card;

import ir.bashgah.members.domain.catalogue.CatalogueEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A kind of card the club issues (M3), with how long its cards stay valid. A change of validity
 * applies to cards issued from then on; cards already out keep the expiry printed on them.
 */
@Entity
@Table(name = "card_type")
public class CardType extends CatalogueEntry {
  /** Seeded by migration in every club; registration issues it. */
  public static final String STANDARD = "STANDARD";

  @Column(name = "validity_months")
  private Integer validityMonths;

  @Column(name = "programme_code")
  private String programmeCode;

  protected CardType() {}

  public CardType(String code, String name, Integer validityMonths, String programmeCode, Instant now) {
    super(code, name, now);
    this.validityMonths = validityMonths;
    this.programmeCode = programmeCode;
  }

  public void change(String name, Integer validityMonths, String programmeCode, Instant now) {
    rename(name, now);
    this.validityMonths = validityMonths;
    this.programmeCode = programmeCode;
  }

  /** The expiry of a card of this type issued on {@code issuedOn}; null when it never expires. */
  public LocalDate expiryFor(LocalDate issuedOn) {
    return validityMonths == null ? null : issuedOn.plusMonths(validityMonths);
  }

  public Integer validityMonths() {
    return validityMonths;
  }

  public String programmeCode() {
    return programmeCode;
  }
}
