package ir.bashgah.loyalty.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LevelPolicyTest {
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static ProgrammeRules.LevelRules levels(String basis, int graceDays) {
    return new ProgrammeRules.LevelRules(basis, 180, graceDays, null, DefaultProgramme.levels().tiers());
  }

  private static LevelPolicy.Window turnover(long rials) {
    return new LevelPolicy.Window(rials, 0, 0);
  }

  @Test
  void theHighestLevelWhoseThresholdIsReachedApplies() {
    assertThat(LevelPolicy.tierFor(levels("TURNOVER", 0), turnover(19_999_999)).code()).isEqualTo("BRONZE");
    assertThat(LevelPolicy.tierFor(levels("TURNOVER", 0), turnover(20_000_000)).code()).isEqualTo("SILVER");
    assertThat(LevelPolicy.tierFor(levels("TURNOVER", 0), turnover(100_000_000)).code()).isEqualTo("GOLD");
    assertThat(LevelPolicy.tierFor(levels("PURCHASES", 0), new LevelPolicy.Window(999_999_999, 3, 0)).code()).isEqualTo("BRONZE");
  }

  @Test
  void movingUpIsImmediate() {
    LevelPolicy.Standing next = LevelPolicy.next(levels("TURNOVER", 30), new LevelPolicy.Standing("BRONZE", null), turnover(25_000_000), NOW);
    assertThat(next).isEqualTo(new LevelPolicy.Standing("SILVER", null));
  }

  @Test
  void movingDownWaitsOutTheGracePeriodAndIsCalledOffByClimbingBack() {
    ProgrammeRules.LevelRules rules = levels("TURNOVER", 30);
    LevelPolicy.Standing gold = new LevelPolicy.Standing("GOLD", null);
    LevelPolicy.Standing graced = LevelPolicy.next(rules, gold, turnover(1_000), NOW);
    assertThat(graced).isEqualTo(new LevelPolicy.Standing("GOLD", NOW.plus(Duration.ofDays(30))));
    assertThat(LevelPolicy.next(rules, graced, turnover(1_000), NOW.plus(Duration.ofDays(29)))).isEqualTo(graced);
    assertThat(LevelPolicy.next(rules, graced, turnover(1_000), NOW.plus(Duration.ofDays(30)))).isEqualTo(new LevelPolicy.Standing("BRONZE", null));
    assertThat(LevelPolicy.next(rules, graced, turnover(150_000_000), NOW.plus(Duration.ofDays(5)))).isEqualTo(gold);
  }

  @Test
  void withoutGraceALevelIsLostAtOnce() {
    assertThat(LevelPolicy.next(levels("TURNOVER", 0), new LevelPolicy.Standing("GOLD", null), turnover(0), NOW).tierCode()).isEqualTo("BRONZE");
  }
}
