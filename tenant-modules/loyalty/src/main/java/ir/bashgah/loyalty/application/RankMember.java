package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.domain.programme.LevelPolicy;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.domain.programme.Standings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Brings a member's level up to date from his purchases in the programme's window (T1-T3): after each
 * invoice and return, and nightly, when old purchases leave the window and grace periods end. The
 * caller holds the member's standing row lock.
 */
@ApplicationScoped
public class RankMember {
  @Inject Standings standings;

  public ProgrammeRules.Tier rank(Memberships.Membership m, Instant now) {
    ProgrammeRules.LevelRules levels = m.rules().levels();
    LevelPolicy.Window window = standings.windowOf(m.memberId(), now.minus(Duration.ofDays(levels.windowDays())));
    LevelPolicy.Standing next = LevelPolicy.next(levels, m.row().standing(), window, now);
    standings.save(m.memberId(), next, window, now);
    return LevelPolicy.tier(levels, next.tierCode());
  }
}
