package ir.bashgah.security.api;

/**
 * Sign-ins of a club's members to its portal (issue 13). The portal proves who the member is (a code
 * sent to his mobile, or a login link); this opens the session and issues the token that names him and
 * the club in context. Such a token is its own kind: refused on every staff and POS endpoint, and it
 * never reads another member or another club.
 */
public interface MemberSessions {
  /** Opens a session for the member of the club in context, in the caller's transaction. */
  AccessToken open(long memberId, String memberCode, String userAgent);

  /** Ends the session of the member token the current call carries; false when the call carries none. */
  boolean endCurrent();

  /** Ends every open session of the member (he was blocked, or changed his mobile); answers how many. */
  int endAll(long memberId, String reason);
}
