package ir.bashgah.members.api;

/** The member a personal QR code (B7) scanned at a till identifies. */
public interface MemberQrCodes {
  /**
   * 403 feature-not-in-plan without B7; 422 (field qr) for anything that is not a member QR code or
   * for an expired digital one; 404 for a code this club did not sign; 423 member-blocked when the
   * card a printed code was made for can no longer be used. Whether the member himself is active
   * is the caller's to judge, as for any other way of finding him.
   */
  MemberRef identify(String payload);
}
