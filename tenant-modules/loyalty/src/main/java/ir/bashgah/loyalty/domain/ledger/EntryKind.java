package ir.bashgah.loyalty.domain.ledger;

/** Why a balance changed. A mistake is never edited: it is corrected by a reversing entry. */
public enum EntryKind {
  EARN,
  BONUS,
  REDEEM,
  REDEMPTION_CANCELLED,
  RETURN,
  ADJUST,
  /** Pending earnings whose return window passed: out of PENDING, into AVAILABLE. */
  RELEASE,
  EXPIRE,
  TRANSFER,
  CONVERT
}
