package ir.bashgah.security.domain.session;

import ir.bashgah.security.api.AccessClaims;
import ir.bashgah.security.api.AccessToken;
import java.time.Duration;
import java.util.Optional;

/** Signed access tokens: issued at login, checked on every call. */
public interface AccessTokens {
  /** How long a token (and the session it opens) lasts. */
  Duration ttl();

  AccessToken issue(AccessClaims claims);

  /** A token that lasts {@code lifetime} instead of {@link #ttl()} (a member's portal session). */
  AccessToken issue(AccessClaims claims, Duration lifetime);

  /** The claims of a genuine, unexpired token; empty otherwise. */
  Optional<AccessClaims> verify(String token);
}
