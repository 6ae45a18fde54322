package ir.bashgah.members.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The club's active members whose birth or wedding falls on given dates, for the greetings of messaging. */
public interface MemberOccasions {
  /** Ids of active members born on one of {@code days}. */
  List<Long> bornOn(Collection<LocalDate> days);

  /** Ids of active members married on one of {@code days}. */
  List<Long> marriedOn(Collection<LocalDate> days);
}
