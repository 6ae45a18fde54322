package ir.bashgah.security.infra;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.security.api.AccessClaims;
import ir.bashgah.security.api.AccessToken;
import ir.bashgah.security.domain.session.AccessTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs and checks access tokens (HS256 JWT, nimbus-jose-jwt). The key is shared by every node
 * through the platform schema ({@link PlatformSecrets}), or given as BASHGAH_JWT_SECRET.
 */
@ApplicationScoped
public class TokenIssuer implements AccessTokens {
  static final String ISSUER = "bashgah";
  /** A member's portal token carries this audience and no other token does: the two kinds never pass for each other. */
  static final String PORTAL_AUDIENCE = "bashgah-portal";

  @Inject PlatformSecrets keys;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.jwt.ttl-seconds", defaultValue = "3600")
  long ttlSeconds;

  private volatile MACSigner signer;
  private volatile MACVerifier verifier;

  @Override
  public Duration ttl() {
    return Duration.ofSeconds(ttlSeconds);
  }

  @Override
  public AccessToken issue(AccessClaims claims) {
    return issue(claims, ttl());
  }

  @Override
  public AccessToken issue(AccessClaims claims, Duration lifetime) {
    long seconds = lifetime.toSeconds();
    Instant now = Instant.now(clock);
    JWTClaimsSet.Builder set =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(claims.subject())
            .jwtID(Long.toString(Ids.next(), 36))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(seconds)))
            .claim("usr", claims.username())
            .claim("rol", claims.role().wireName());
    if (claims.role() == Role.MEMBER) {
      set.audience(PORTAL_AUDIENCE);
    }
    if (claims.tenant() != null) {
      set.claim("ten", claims.tenant());
    }
    if (claims.branch() != null) {
      set.claim("brn", claims.branch());
    }
    if (claims.session() != null) {
      set.claim("sid", claims.session());
    }
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set.build());
    try {
      jwt.sign(signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("Could not sign an access token", e);
    }
    return new AccessToken(jwt.serialize(), "Bearer", seconds);
  }

  /** The claims of a genuine, unexpired token of ours; empty for anything else. */
  @Override
  public Optional<AccessClaims> verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier())) {
        return Optional.empty();
      }
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      if (!ISSUER.equals(c.getIssuer())
          || c.getExpirationTime() == null
          || !c.getExpirationTime().toInstant().isAfter(Instant.now(clock))) {
        return Optional.empty();
      }
      Role role = Role.fromWireName(c.getStringClaim("rol"));
      boolean portal = c.getAudience() != null && c.getAudience().contains(PORTAL_AUDIENCE);
      if (portal != (role == Role.MEMBER) || (portal && c.getStringClaim("ten") == null)) {
        return Optional.empty();
      }
      return Optional.of(new AccessClaims(c.getSubject(), c.getStringClaim("usr"), c.getStringClaim("ten"), role, c.getStringClaim("brn"), c.getStringClaim("sid")));
    } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private MACSigner signer() throws JOSEException {
    if (signer == null) {
      signer = new MACSigner(keys.jwtKey());
    }
    return signer;
  }

  private MACVerifier verifier() throws JOSEException {
    if (verifier == null) {
      verifier = new MACVerifier(keys.jwtKey());
    }
    return verifier;
  }
}
