package ir.bashgah.security.domain.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AttemptCounterTest {
  private final Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
  private final AttemptPolicy policy = AttemptPolicy.ACCOUNT;

  @Test
  void fiveFailuresAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
    assertThat(policy.delayAfter(5)).isZero();
    assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.delayAfter(14)).isEqualTo(Duration.ofSeconds(512));
    assertThat(policy.delayAfter(15)).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theSixthFailureMakesTheNextAttemptWaitAndTheWaitEndsOnTime() {
    AttemptCounter c = AttemptCounter.FRESH;
    for (int i = 0; i < 5; i++) {
      c = c.charged(t0, policy);
      assertThat(c.waitAt(t0)).isEmpty();
    }
    c = c.charged(t0, policy);
    assertThat(c.waitAt(t0)).contains(Duration.ofSeconds(2));
    assertThat(c.waitAt(t0.plusSeconds(2))).isEmpty();
    c = c.charged(t0.plusSeconds(2), policy);
    assertThat(c.waitAt(t0.plusSeconds(2))).contains(Duration.ofSeconds(4));
  }

  @Test
  void aRightPasswordIsRefundedAndTheOwnersSuccessClearsTheAccount() {
    AttemptCounter c = AttemptCounter.FRESH;
    for (int i = 0; i < 6; i++) {
      c = c.charged(t0, policy);
    }
    assertThat(c.refunded(policy).failures()).isEqualTo(5);
    assertThat(c.refunded(policy).waitAt(t0)).as("back within the free failures").isEmpty();
    assertThat(c.cleared().failures()).isZero();
    assertThat(c.cleared().waitAt(t0)).isEmpty();
    assertThat(AttemptCounter.FRESH.refunded(policy).failures()).isZero();
  }

  @Test
  void failuresAreForgottenAfterTheirMemoryRunsOut() {
    AttemptCounter c = AttemptCounter.FRESH;
    for (int i = 0; i < 5; i++) {
      c = c.charged(t0, policy);
    }
    AttemptCounter nextDay = c.charged(t0.plus(Duration.ofHours(25)), policy);
    assertThat(nextDay.failures()).isEqualTo(1);
    assertThat(c.charged(t0.plus(Duration.ofHours(23)), policy).failures()).isEqualTo(6);
  }

  @Test
  void keysAreHashedAndCaseDoesNotMakeAnotherAccount() {
    assertThat(ThrottleKey.account("Acme", "Owner")).isEqualTo(ThrottleKey.account("acme", "owner"));
    assertThat(ThrottleKey.account(null, "admin")).isNotEqualTo(ThrottleKey.account("admin", ""));
    assertThat(ThrottleKey.account("acme", "owner").column()).startsWith("A:").doesNotContain("owner").hasSize(66);
    assertThat(ThrottleKey.clientAddress("10.0.0.1").column()).startsWith("C:");
  }
}
