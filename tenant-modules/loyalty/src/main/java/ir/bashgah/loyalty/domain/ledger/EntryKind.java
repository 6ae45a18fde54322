package ir.bashgah.loyalty.domain.ledger;

/** Why a balance changed. A mistake is never edited: it is corrected by a reversing entry. */
public enum EntryKind {
  EARN,
  REDEEM,
  REDEMPTION_CANCELLED,
  RETURN,
  ADJUST,
  EXPIRE,
  TRANSFER,
  CONVERT
}
