package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.domain.programme.LevelPolicy;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import ir.bashgah.loyalty.domain.programme.Standings;
import ir.bashgah.messaging.api.AutomaticMessages;
import ir.bashgah.messaging.api.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Brings a member's level up to date from his purchases in the programme's window (T1-T3): after each
 * invoice and return, and nightly, when old purchases leave the window and grace periods end. The
 * caller holds the member's standing row lock. A member who goes up a level gets the club's LEVEL_UP
 * message, if it sends one, in the same transaction.
 */
@ApplicationScoped
public class RankMember {
  @Inject Standings standings;
  @Inject AutomaticMessages automatic;

  public ProgrammeRules.Tier rank(Memberships.Membership m, Instant now) {
    ProgrammeRules.LevelRules levels = m.rules().levels();
    LevelPolicy.Window window = standings.windowOf(m.memberId(), now.minus(Duration.ofDays(levels.windowDays())));
    LevelPolicy.Standing next = LevelPolicy.next(levels, m.row().standing(), window, now);
    standings.save(m.memberId(), next, window, now);
    ProgrammeRules.Tier tier = LevelPolicy.tier(levels, next.tierCode());
    // up within the same programme's levels; a member moved to another programme is not promoted by it
    int was = indexOf(levels, m.row().levelCode());
    if (was >= 0 && indexOf(levels, tier.code()) > was) {
      automatic.on(Trigger.LEVEL_UP, m.memberId(), new AutomaticMessages.EventValues(null, null, null, tier.name(), null));
    }
    return tier;
  }

  private static int indexOf(ProgrammeRules.LevelRules levels, String code) {
    for (int i = 0; i < levels.tiers().size(); i++) {
      if (levels.tiers().get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }
}
