package ir.bashgah.loyalty.application;

import ir.bashgah.loyalty.api.BalanceView;
import ir.bashgah.loyalty.api.Balances;
import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.domain.ledger.LedgerStore;
import ir.bashgah.loyalty.domain.programme.ProgrammeRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;

/** A member's balances and level, as the till and the member's page show them. */
@ApplicationScoped
public class ReadBalances implements Balances {
  @Inject LedgerStore ledger;
  @Inject Memberships memberships;

  @Override
  public BalanceView of(long memberId) {
    return of(memberId, memberships.read(memberId).tier());
  }

  /** The balances with a level the caller already knows (it has just ranked the member). */
  public BalanceView of(long memberId, ProgrammeRules.Tier tier) {
    Map<Asset, Balance> balances = ledger.balancesOf(memberId);
    Balance points = balances.get(Asset.POINTS);
    Balance credit = balances.get(Asset.CREDIT);
    return new BalanceView(points == null ? 0 : points.available(), credit == null ? 0 : credit.available(), points == null ? 0 : points.pending(),
        credit == null ? 0 : credit.pending(), tier.code(), tier.name(), tier.discountPercent() == null ? BigDecimal.ZERO : tier.discountPercent());
  }
}
