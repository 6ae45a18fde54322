package ir.bashgah.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginGuardTest {
  private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void theFifthFailureInARowLocksForFifteenMinutes() {
    LoginGuard guard = new LoginGuard();
    for (int i = 0; i < 4; i++) {
      assertThat(guard.registerFailure(t0)).isFalse();
    }
    assertThat(guard.registerFailure(t0)).isTrue();
    assertThat(guard.isLocked(t0.plus(Duration.ofMinutes(14)))).isTrue();
    assertThat(guard.isLocked(t0.plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void aSuccessResetsTheCount() {
    LoginGuard guard = new LoginGuard();
    for (int i = 0; i < 4; i++) {
      guard.registerFailure(t0);
    }
    guard.registerSuccess();
    assertThat(guard.registerFailure(t0)).isFalse();
  }

  @Test
  void afterTheLockExpiresCountingStartsAgain() {
    LoginGuard guard = new LoginGuard();
    for (int i = 0; i < 5; i++) {
      guard.registerFailure(t0);
    }
    Instant later = t0.plus(Duration.ofMinutes(16));
    assertThat(guard.registerFailure(later)).isFalse();
    assertThat(guard.isLocked(later)).isFalse();
  }
}
