package ir.bashgah.loyalty.domain.programme;

import java.util.Optional;

/** What ranks a member (T1, T3): purchases' value (weighted by product group), their number, or points earned (XP). */
public enum LevelBasis {
  TURNOVER,
  PURCHASES,
  POINTS;

  public static Optional<LevelBasis> parse(String name) {
    for (LevelBasis b : values()) {
      if (b.name().equals(name)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
