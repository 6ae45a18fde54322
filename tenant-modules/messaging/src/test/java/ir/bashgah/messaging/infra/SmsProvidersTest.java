package ir.bashgah.messaging.infra;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.messaging.domain.line.ClubLine;
import ir.bashgah.messaging.domain.message.SmsGateway;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmsProvidersTest {
  static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");

  @Test
  void aClubsGatewayIsBuiltOncePerRevisionOfItsLine() {
    SmsProviders providers = new SmsProviders();
    providers.timeoutSeconds = 2;
    ClubLine first = new ClubLine(ClubLine.KAVENEGAR, "key-number-one", null, null, null, 1L, AT);

    SmsGateway built = providers.forClub("club-a", first);

    assertThat(built.name()).isEqualTo("kavenegar");
    assertThat(providers.forClub("club-a", first)).isSameAs(built);
    assertThat(providers.forClub("club-b", first)).as("another club's line is its own").isNotSameAs(built);
    SmsGateway changed = providers.forClub("club-a", new ClubLine(ClubLine.SMSIR, "key-number-two", "30007732000000", null, null, 2L, AT));
    assertThat(changed.name()).isEqualTo("smsir");
    assertThat(providers.forClub("club-a", new ClubLine(ClubLine.SMSIR, "key-number-two", "30007732000000", null, null, 2L, AT))).isSameAs(changed);
  }
}
