package ir.bashgah.loyalty.application;

import ir.bashgah.members.api.MemberGroupRef;
import ir.bashgah.members.api.MemberGroups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The member groups a programme's rules may name: those the club has defined, written exactly as their
 * codes are stored, because the rules are matched against members' groups as they are.
 */
@ApplicationScoped
public class ProgrammeGroups {
  @Inject MemberGroups groups;

  public Predicate<String> known() {
    Set<String> codes = groups.all().stream().map(MemberGroupRef::code).collect(Collectors.toSet());
    return codes::contains;
  }
}
