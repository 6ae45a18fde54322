package ir.bashgah.members.api;

/** The member's PIN, checked before credit is spent (M4). */
public interface MemberPins {
  /**
   * Answers normally when the PIN is right; otherwise 403 invalid-pin, or 423 pin-locked. A right PIN
   * costs nothing beyond the caller's transaction; a wrong one is counted in a transaction of its
   * own, because the caller's fails with the refusal.
   */
  void verify(long memberId, String pin);
}
