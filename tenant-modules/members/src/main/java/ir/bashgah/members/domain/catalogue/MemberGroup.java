package ir.bashgah.members.domain.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member group (M1): the loyalty module keys conversion rates and bonus rules on it (L1, L6). */
@Entity
@Table(name = "member_group")
public class MemberGroup extends CatalogueEntry {
  protected MemberGroup() {}

  public MemberGroup(String code, String name, Instant now) {
    super(code, name, now);
  }
}
