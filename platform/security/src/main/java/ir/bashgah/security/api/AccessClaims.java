package ir.bashgah.security.api;

import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;

/**
 * What an access token says about its bearer. {@code tenant} is null for a platform admin;
 * {@code session} is the sign-in the token belongs to, honoured only while that session is open.
 */
public record AccessClaims(String subject, String username, String tenant, Role role, String branch, String session) {
  public Actor actor() {
    return new Actor(
        role == Role.PLATFORM_ADMIN ? Actor.Kind.PLATFORM_ADMIN : Actor.Kind.STAFF, subject, username, role, branch);
  }
}
