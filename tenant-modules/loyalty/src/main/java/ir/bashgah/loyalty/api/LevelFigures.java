package ir.bashgah.loyalty.api;

import ir.bashgah.kernel.time.DayRange;
import java.util.List;

/** How many members stand at each level of each programme now (T2). */
public interface LevelFigures {
  /** {@code name} is the level's name in its programme, null when the programme no longer has the level. */
  record LevelCount(String programme, String level, String name, long members) {}

  /**
   * Every member of the club when {@code branch} is null; otherwise the members who bought at that
   * branch within {@code days}. In programme order (the default first), each programme's levels lowest
   * first. Members without a standing are not counted here.
   */
  List<LevelCount> distribution(DayRange days, String branch);
}
