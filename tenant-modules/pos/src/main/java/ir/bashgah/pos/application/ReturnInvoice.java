package ir.bashgah.pos.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.loyalty.api.InvoiceReturns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** A return of part or all of an invoice of this branch (docs/integration.md; L5). */
@ApplicationScoped
public class ReturnInvoice {
  @Inject InvoiceReturns returns;

  public ReturnAnswer giveBack(ReturnRequest request) {
    Validation v = new Validation();
    v.requireText(request.invoiceNumber(), "invoiceNumber", 64);
    v.requireText(request.returnNumber(), "returnNumber", 64);
    List<InvoiceReturns.ReturnLine> lines = new ArrayList<>();
    if (request.lines() == null || request.lines().isEmpty()) {
      v.require(false, "lines", "at least one line is required");
    } else {
      for (int i = 0; i < request.lines().size(); i++) {
        ReturnRequest.ReturnLineRequest l = request.lines().get(i);
        v.require(l != null && l.sku() != null && !l.sku().isBlank(), "lines[" + i + "].sku", "is required");
        v.require(l == null || l.sku() == null || l.sku().length() <= 64, "lines[" + i + "].sku", "must be at most 64 characters");
        Limits.requireQuantity(v, l == null ? null : l.quantity(), "lines[" + i + "].quantity");
        if (l != null && l.sku() != null && l.quantity() != null && l.quantity() > 0 && l.quantity() <= Limits.MAX_QUANTITY) {
          lines.add(new InvoiceReturns.ReturnLine(l.sku(), l.quantity()));
        }
      }
    }
    String branch = CallContext.actor().branch();
    v.require(branch != null, "branch", "returns come from a terminal or from staff of a branch");
    v.throwIfInvalid();
    InvoiceReturns.Returned r = returns.giveBack(branch, request.invoiceNumber().trim(), request.returnNumber().trim(), lines);
    return new ReturnAnswer(r.pointsReversed(), r.creditReversed(), r.creditRefunded(), new BalanceShort(r.balance().points(), r.balance().credit()));
  }
}
