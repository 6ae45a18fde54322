package ir.bashgah.loyalty.api;

/**
 * Spending credit at a till (L3): the credit leaves the balance at once, under the balance's row
 * lock, so no other terminal in any branch can spend it afterwards; a cancellation brings it back.
 * Both run in the caller's transaction.
 */
public interface CreditRedemptions {
  record Redeemed(String redemptionId, long amount, BalanceView balance) {}

  /** Spends {@code amount} rials of the member's credit, for the invoice named if the till knows it yet. */
  Redeemed redeem(long memberId, String memberCode, long amount, String invoiceNumber);

  /** Gives the credit back; cancelling twice is harmless; a redemption an invoice used cannot be cancelled. */
  BalanceView cancel(String redemptionId);
}
