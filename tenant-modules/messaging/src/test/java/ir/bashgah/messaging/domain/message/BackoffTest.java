package ir.bashgah.messaging.domain.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void theWaitDoublesPerAttemptUpToItsCap() {
    Backoff b = Backoff.STANDARD;
    assertThat(b.after(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(b.after(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(b.after(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(b.after(7)).isEqualTo(Duration.ofMinutes(30));
    assertThat(b.after(1000)).isEqualTo(Duration.ofMinutes(30));
    assertThat(b.after(0)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void attemptsEndAtTheirMaximum() {
    Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 3);
    assertThat(b.mayRetry(2)).isTrue();
    assertThat(b.mayRetry(3)).isFalse();
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
