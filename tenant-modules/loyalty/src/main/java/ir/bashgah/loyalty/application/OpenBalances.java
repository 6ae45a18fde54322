package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.api.OpeningBalances;
import ir.bashgah.loyalty.domain.ledger.OpeningBalance;
import ir.bashgah.loyalty.domain.ledger.Openings;
import ir.bashgah.loyalty.domain.programme.ExpiryPolicy;
import ir.bashgah.loyalty.domain.programme.Programme;
import ir.bashgah.loyalty.domain.programme.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Opens imported members' balances (M1, L7): each joins the default programme at its lowest level
 * with his opening points and credit, which expire by the programme's rules counted from now.
 */
@ApplicationScoped
public class OpenBalances implements OpeningBalances {
  @Inject Programmes programmes;
  @Inject Openings openings;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void open(List<Opening> members, String reason, String actor, Instant now) {
    Programme programme = programmes.defaultProgramme();
    openings.open(members.stream().map(o -> new OpeningBalance(o.memberId(), o.points(), o.credit())).toList(),
        programme.code(), programme.rules().levels().tiers().get(0).code(), ExpiryPolicy.expiresAt(programme.rules().expiry().points(), now),
        ExpiryPolicy.expiresAt(programme.rules().expiry().credit(), now), reason, actor, now);
  }
}
