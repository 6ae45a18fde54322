package ir.bashgah.portal.application;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.loyalty.api.MemberAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The invoice page a member opens from the SMS after a purchase (C3): no sign-in, the link is the key.
 * The link's token is {club}.{22 characters}: the club's part says which schema to look in, the rest
 * (128 random bits) is what the invoice's row is found by. Anything that is not a live link is
 * simply not found.
 */
@ApplicationScoped
public class ShowInvoiceByLink {
  @Inject PortalClubs clubs;
  @Inject MemberAccounts accounts;
  @Inject ShowOwnAccount pages;

  @Transactional
  public ShowOwnAccount.InvoicePageView show(String linkToken) {
    int dot = linkToken == null ? -1 : linkToken.lastIndexOf('.');
    if (dot <= 0) {
      throw notFound();
    }
    try {
      clubs.enter(linkToken.substring(0, dot));
    } catch (Problem e) {
      throw notFound();
    }
    MemberAccounts.InvoiceDetail detail = accounts.invoiceByLink(linkToken.substring(dot + 1)).orElseThrow(ShowInvoiceByLink::notFound);
    return pages.view(detail);
  }

  private static Problem notFound() {
    return Problem.notFound("This invoice link is not valid; open it from the SMS the club sent you");
  }
}
