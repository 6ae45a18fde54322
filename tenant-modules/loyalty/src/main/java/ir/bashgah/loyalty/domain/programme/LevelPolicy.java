package ir.bashgah.loyalty.domain.programme;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Where a member stands (T1-T3): the highest level whose threshold his window reaches. Moving up is
 * immediate; moving down waits {@code graceDays} from the day he first fell short, and is called off
 * if he climbs back meanwhile.
 */
public final class LevelPolicy {
  /** The member's purchases within the level window: weighted value, number, points earned. */
  public record Window(long turnover, long purchases, long points) {
    public long value(LevelBasis basis) {
      return switch (basis) {
        case TURNOVER -> turnover;
        case PURCHASES -> purchases;
        case POINTS -> points;
      };
    }
  }

  /** A member's level and, while he is in his grace period, when he will be moved down. */
  public record Standing(String tierCode, Instant downgradeDueAt) {}

  private LevelPolicy() {}

  public static ProgrammeRules.Tier tierFor(ProgrammeRules.LevelRules rules, Window window) {
    long value = window.value(LevelBasis.parse(rules.basis()).orElse(LevelBasis.TURNOVER));
    ProgrammeRules.Tier reached = rules.tiers().get(0);
    for (ProgrammeRules.Tier t : rules.tiers()) {
      if (value >= t.threshold()) {
        reached = t;
      }
    }
    return reached;
  }

  /** The tier of {@code code}, or the lowest when the programme no longer has it. */
  public static ProgrammeRules.Tier tier(ProgrammeRules.LevelRules rules, String code) {
    return rules.tiers().stream().filter(t -> t.code().equals(code)).findFirst().orElse(rules.tiers().get(0));
  }

  public static Standing next(ProgrammeRules.LevelRules rules, Standing current, Window window, Instant now) {
    ProgrammeRules.Tier target = tierFor(rules, window);
    List<ProgrammeRules.Tier> tiers = rules.tiers();
    int at = current == null ? -1 : indexOf(tiers, current.tierCode());
    int to = indexOf(tiers, target.code());
    if (at < 0 || to >= at || rules.graceDays() == 0) {
      return new Standing(target.code(), null);
    }
    if (current.downgradeDueAt() == null) {
      return new Standing(current.tierCode(), now.plus(Duration.ofDays(rules.graceDays())));
    }
    return now.isBefore(current.downgradeDueAt()) ? current : new Standing(target.code(), null);
  }

  private static int indexOf(List<ProgrammeRules.Tier> tiers, String code) {
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
