package ir.bashgah.security.api;

import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;

/**
 * What an access token says about its bearer. {@code tenant} is null for a platform admin;
 * {@code session} is the sign-in the token belongs to, honoured only while that session is open. For a
 * member in the club's portal, {@code subject} is his id and {@code username} his member code.
 */
public record AccessClaims(String subject, String username, String tenant, Role role, String branch, String session) {
  public Actor actor() {
    Actor.Kind kind = switch (role) {
      case PLATFORM_ADMIN -> Actor.Kind.PLATFORM_ADMIN;
      case MEMBER -> Actor.Kind.MEMBER;
      default -> Actor.Kind.STAFF;
    };
    return new Actor(kind, subject, username, role, branch);
  }
}
