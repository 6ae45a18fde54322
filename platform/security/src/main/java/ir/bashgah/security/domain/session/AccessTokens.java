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

  /** The claims of a genuine, unexpired token; empty otherwise. */
  Optional<AccessClaims> verify(String token);
}
