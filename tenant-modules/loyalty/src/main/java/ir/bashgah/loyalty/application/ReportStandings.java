package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.messaging.api.MemberStandings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Members' balances and levels for the messages composed from templates ({points}, {credit},
 * {level}). One member at a time: a claim composes a few dozen messages, and the delivery runs beside
 * the till rather than on its path.
 */
@ApplicationScoped
public class ReportStandings implements MemberStandings {
  @Inject ReadBalances balances;

  @Override
  public Map<Long, Standing> of(Collection<Long> memberIds) {
    Map<Long, Standing> found = new HashMap<>();
    for (Long id : memberIds) {
      BalanceView b = balances.of(id);
      found.put(id, new Standing(b.points(), b.credit(), b.levelName()));
    }
    return found;
  }
}
