package ir.bashgah.security.domain.session;

/**
 * Whose sessions: a club's staff and its members in the portal (kept in the club's schema), or the
 * platform's operators (kept in the platform's).
 */
public enum AccountKind {
  STAFF,
  PLATFORM_ADMIN,
  MEMBER
}
