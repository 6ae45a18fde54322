package ir.bashgah.loyalty.api;

import java.time.Instant;

/**
 * Settling an invoice at a till (L2, L3, L4, L6, T1), in the till's transaction: the redemptions it
 * pays with become used, the member's programme decides what it earns (pending while the return
 * window runs), bonuses that it triggers are paid, and his level is brought up to date.
 */
public interface Invoices {
  /**
   * What the invoice earned and where it leaves the member; {@code availableAt} is set while the earnings
   * wait out the return window. {@code linkToken} opens the invoice's page (C3) for whoever holds it; it
   * is not stored, so this is the only time it is known.
   */
  record Settled(String invoiceNumber, long total, long pointsEarned, long creditEarned, long creditRedeemed, Instant availableAt, BalanceView balance,
      String levelName, String linkToken) {}

  Settled settle(Invoice invoice);
}
