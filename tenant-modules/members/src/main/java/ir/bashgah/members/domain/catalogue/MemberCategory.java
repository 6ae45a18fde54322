package ir.bashgah.members.domain.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member category (M1): how the club classifies its customers, apart from the group. */
@Entity
@Table(name = "member_category")
public class MemberCategory extends CatalogueEntry {
  protected MemberCategory() {}

  public MemberCategory(String code, String name, Instant now) {
    super(code, name, now);
  }
}
