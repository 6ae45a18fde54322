package ir.bashgah.members.api;

import ir.bashgah.members.domain.catalogue.CatalogueCode;
import ir.bashgah.members.domain.catalogue.MemberGroup;
import ir.bashgah.members.infra.Catalogues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The member groups of the club in context, for modules that key rules on a group (the loyalty
 * module's conversion rates and bonuses per group, L1 and L6) and must refuse a group that does not exist.
 */
@ApplicationScoped
public class MemberGroups {
  @Inject Catalogues catalogues;

  /** Whether {@code code} names a group of this club, written as staff would type it (any case, Persian digits). */
  public boolean exists(String code) {
    return CatalogueCode.normalise(code).flatMap(c -> catalogues.byCode(MemberGroup.class, c)).isPresent();
  }

  /** Every group of the club, by code. */
  public List<MemberGroupRef> all() {
    return catalogues.all(MemberGroup.class).stream().map(g -> new MemberGroupRef(g.code(), g.name())).toList();
  }
}
