package ir.bashgah.members.api;

import ir.bashgah.kernel.time.DayRange;
import java.time.LocalDate;
import java.util.Map;

/**
 * Counts of the club's members for its dashboard (A1, AN4). {@code branch} null means the whole club;
 * otherwise the members registered at that branch (a member registered by head office staff or a
 * sales system belongs to no branch).
 */
public interface MemberFigures {
  /** Members now: all of them, and those whose membership is active (not deactivated, M5). */
  record Counts(long total, long active) {}

  Counts counts(String branch);

  /** Members registered on each local day of {@code days}; days without any are left out. */
  Map<LocalDate, Long> registrationsByDay(DayRange days, String branch);
}
