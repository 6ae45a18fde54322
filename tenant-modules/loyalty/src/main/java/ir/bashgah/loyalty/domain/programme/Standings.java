package ir.bashgah.loyalty.domain.programme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Members' standing: the programme each belongs to, his level and the window it was ranked on. The
 * row is locked first by every invoice and return of the member, which orders them, and it is where
 * the level lives between the nightly recomputations.
 */
public interface Standings {
  /** A member's row. */
  record Row(long memberId, String programmeCode, String levelCode, Instant downgradeDueAt) {
    public LevelPolicy.Standing standing() {
      return new LevelPolicy.Standing(levelCode, downgradeDueAt);
    }
  }

  /** The member's row, locked; a member without one joins {@code programmeCode} at {@code levelCode} first. */
  Row lock(long memberId, String programmeCode, String levelCode, Instant now);

  Optional<Row> read(long memberId, boolean lock);

  /** Puts a member into a programme at a level; a member already in one is left alone (INSERT IGNORE, so racing enrolments agree). */
  void enrol(long memberId, String programmeCode, String levelCode, Instant now);

  void move(long memberId, String programmeCode);

  /**
   * The member's purchases since {@code since}: their value for ranking, their number and the points
   * they earned, each net of what was returned of them (in proportion, rounded down per invoice).
   */
  LevelPolicy.Window windowOf(long memberId, Instant since);

  void save(long memberId, LevelPolicy.Standing standing, LevelPolicy.Window window, Instant now);

  /** Members of a programme, a page at a time in member order, for the nightly recomputation. */
  List<Long> membersOf(String programmeCode, long after, int limit);
}
