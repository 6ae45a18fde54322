package ir.bashgah.members.application;

import ir.bashgah.members.api.MemberGroupRef;
import ir.bashgah.members.api.MemberGroups;
import ir.bashgah.members.domain.catalogue.CatalogueCode;
import ir.bashgah.members.domain.catalogue.Catalogues;
import ir.bashgah.members.domain.catalogue.MemberGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The club's member groups, for the loyalty module's rules per group (L1, L6). */
@ApplicationScoped
public class ReadMemberGroups implements MemberGroups {
  @Inject Catalogues catalogues;

  @Override
  public boolean exists(String code) {
    return CatalogueCode.normalise(code).flatMap(c -> catalogues.byCode(MemberGroup.class, c)).isPresent();
  }

  @Override
  public List<MemberGroupRef> all() {
    return catalogues.all(MemberGroup.class).stream().map(g -> new MemberGroupRef(g.code(), g.name())).toList();
  }
}
