package ir.bashgah.loyalty.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Predicate;

/** The member groups a programme's rules may name: those the club has defined. */
@ApplicationScoped
public class ProgrammeGroups {
  public Predicate<String> known() {
    return group -> true;
  }
}
