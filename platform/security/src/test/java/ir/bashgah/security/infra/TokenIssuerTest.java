package ir.bashgah.security.infra;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.access.Role;
import ir.bashgah.security.api.AccessClaims;
import ir.bashgah.security.api.ApiKeys;
import ir.bashgah.security.domain.secret.Totp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenIssuerTest {
  private static TokenIssuer issuer(String secret, Clock clock) {
    TokenIssuer issuer = new TokenIssuer();
    issuer.keys = new PlatformSecrets();
    issuer.keys.configured = Optional.of(secret);
    issuer.clock = clock;
    issuer.ttlSeconds = 3600;
    return issuer;
  }

  private final Clock now = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private final AccessClaims claims = new AccessClaims("42", "sara", "acme", Role.BRANCH_MANAGER, "north", "7");

  @Test
  void aTokenCarriesItsClaimsBackUntilItExpires() {
    TokenIssuer issuer = issuer("0123456789abcdef0123456789abcdef", now);
    String token = issuer.issue(claims).accessToken();
    assertThat(issuer.verify(token)).contains(claims);
    TokenIssuer later = issuer("0123456789abcdef0123456789abcdef", Clock.offset(now, Duration.ofSeconds(3601)));
    assertThat(later.verify(token)).isEmpty();
  }

  @Test
  void aTokenSignedWithAnotherKeyOrAlteredIsRefused() {
    String token = issuer("0123456789abcdef0123456789abcdef", now).issue(claims).accessToken();
    assertThat(issuer("ffffffffffffffffffffffffffffffff", now).verify(token)).isEmpty();
    String[] parts = token.split("\\.");
    String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
    assertThat(issuer("0123456789abcdef0123456789abcdef", now).verify(tampered)).isEmpty();
    assertThat(issuer("0123456789abcdef0123456789abcdef", now).verify("garbage")).isEmpty();
  }

  @Test
  void totpCodesAreAcceptedOneStepEitherSideOnly() {
    String secret = Totp.newSecret();
    Instant t = Instant.parse("2026-11-23T10:00:10Z");
    assertThat(Totp.verify(secret, Totp.code(secret, t), t)).isTrue();
    assertThat(Totp.verify(secret, Totp.code(secret, t.minusSeconds(30)), t)).isTrue();
    assertThat(Totp.verify(secret, Totp.code(secret, t.minusSeconds(90)), t)).isFalse();
    assertThat(Totp.verify(secret, "12345", t)).isFalse();
  }

  @Test
  void anApiKeyNamesItsTenantAndKeyAndAnythingElseIsNoKey() {
    assertThat(ApiKeys.PresentedKey.parse("bgk_acme-2_abc123_" + "x".repeat(43)))
        .contains(new ApiKeys.PresentedKey("acme-2", "abc123", "x".repeat(43)));
    assertThat(ApiKeys.PresentedKey.parse("bgk_acme_abc_short")).isEmpty();
    assertThat(ApiKeys.PresentedKey.parse("xyz_acme_abc_" + "x".repeat(43))).isEmpty();
    assertThat(ApiKeys.PresentedKey.parse(null)).isEmpty();
  }
}
