package ir.bashgah.loyalty.api;

import ir.bashgah.loyalty.domain.ledger.Asset;
import ir.bashgah.loyalty.domain.ledger.Balance;
import ir.bashgah.loyalty.infra.JpaLedgerStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** A member's balances, for other modules (the POS lookup and receipts). */
@ApplicationScoped
public class Balances {
  @Inject JpaLedgerStore ledger;
  @Inject ir.bashgah.loyalty.infra.SalesStore sales;

  public BalanceView of(long memberId) {
    Map<Asset, Balance> balances = ledger.balancesOf(memberId);
    Balance points = balances.get(Asset.POINTS);
    Balance credit = balances.get(Asset.CREDIT);
    return new BalanceView(points == null ? 0 : points.available(), credit == null ? 0 : credit.available(), points == null ? 0 : points.pending(), sales.standingOf(memberId).code());
  }
}
