package ir.bashgah.messaging.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.domain.line.ClubLine;
import ir.bashgah.messaging.domain.line.ClubLines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an owner may set as the club's own line, and what is kept of the key. */
class ConfigureSmsLineTest {
  static final String KEY = "4A6F7359-SECRET-KEY-3F4A";

  ClubLine stored;
  final List<Object[]> audited = new ArrayList<>();
  final ConfigureSmsLine configure = new ConfigureSmsLine();

  @BeforeEach
  void wire() {
    configure.lines = new ClubLines() {
      @Override
      public Optional<ClubLine> find() {
        return Optional.ofNullable(stored);
      }

      @Override
      public void save(ClubLine line) {
        stored = line;
      }

      @Override
      public boolean remove() {
        boolean had = stored != null;
        stored = null;
        return had;
      }
    };
    configure.audit = new AuditLog() {
      @Override
      public void record(String action, String targetType, String targetId, Object before, Object after) {
        audited.add(new Object[] {action, before, after});
      }

      @Override
      public void recordOnTenant(String tenantSlug, String action, String targetType, String targetId, Object before, Object after) {
        throw new AssertionError("a club's line is the club's own business");
      }
    };
    configure.smsLines = new SmsLines();
    configure.smsLines.clubHosts = "api.kavenegar.com, api.sms.ir,127.0.0.1";
    configure.clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
  }

  List<String> refused(String provider, String apiKey, String sender, String baseUrl) {
    Problem problem = catchThrowableOfType(Problem.class, () -> configure.set(provider, apiKey, sender, null, baseUrl));
    assertThat(problem).as("refused").isNotNull();
    return problem.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aLineIsSavedWithItsKeyAndShownWithItsLastCharactersOnly() {
    ConfigureSmsLine.LineView shown = configure.set(" Kavenegar ", KEY, "10004346", "90004346", "https://api.kavenegar.com/");

    assertThat(shown).isEqualTo(new ConfigureSmsLine.LineView("kavenegar", "10004346", "90004346", "https://api.kavenegar.com", "…3F4A", Instant.parse("2026-12-07T09:00:00Z")));
    assertThat(stored.apiKey()).isEqualTo(KEY);
    assertThat(stored.toString()).doesNotContain(KEY);
    assertThat(configure.show().maskedApiKey()).isEqualTo("…3F4A");
    assertThat(audited).hasSize(1);
    assertThat(audited.get(0)[0]).isEqualTo("SMS_GATEWAY.SET");
    assertThat(String.valueOf(audited.get(0)[2])).doesNotContain(KEY).doesNotContain("3F4A").contains("apiKey=replaced");
  }

  @Test
  void everySaveIsANewRevisionAndSavingTheSameKeyAgainSaysSo() {
    configure.set("kavenegar", KEY, null, null, null);
    long first = stored.revision();
    configure.set("kavenegar", KEY, "10004346", null, null);
    assertThat(stored.revision()).isNotEqualTo(first);
    @SuppressWarnings("unchecked")
    Map<String, Object> after = (Map<String, Object>) audited.get(1)[2];
    assertThat(after).containsEntry("apiKey", "unchanged").containsEntry("sender", "10004346");
  }

  @Test
  void badInputIsRefusedByFieldAndNothingIsStored() {
    assertThat(refused(null, null, null, null)).containsExactly("provider", "apiKey");
    assertThat(refused("log", KEY, null, null)).containsExactly("provider");
    assertThat(refused("smsir", KEY, null, null)).containsExactly("sender");
    assertThat(refused("smsir", KEY, "30007-732", null)).containsExactly("sender");
    assertThat(refused("kavenegar", "short", null, null)).containsExactly("apiKey");
    assertThat(refused("kavenegar", "has a space in it", null, null)).containsExactly("apiKey");
    assertThat(refused("kavenegar", KEY, null, "ftp://api.kavenegar.com")).containsExactly("baseUrl");
    assertThat(refused("kavenegar", KEY, null, "not a url")).containsExactly("baseUrl");
    assertThat(refused("kavenegar", KEY, null, "https://user:pw@api.kavenegar.com")).containsExactly("baseUrl");
    assertThat(refused("kavenegar", KEY, null, "https://api.kavenegar.com?x=1")).containsExactly("baseUrl");
    assertThat(refused("kavenegar", KEY, null, "http://169.254.169.254/latest")).containsExactly("baseUrl");
    assertThat(stored).isNull();
    assertThat(audited).isEmpty();
  }

  @Test
  void anAllowedTestHostIsTakenWithItsPort() {
    assertThat(configure.set("smsir", KEY, "30007732000000", null, "http://127.0.0.1:8089").baseUrl()).isEqualTo("http://127.0.0.1:8089");
  }

  @Test
  void removingGoesBackToThePlatformsLineAndIsRecordedOnce() {
    assertThat(configure.remove()).isFalse();
    configure.set("kavenegar", KEY, null, null, null);
    assertThat(configure.remove()).isTrue();
    assertThat(stored).isNull();
    assertThat(audited).extracting(a -> a[0]).containsExactly("SMS_GATEWAY.SET", "SMS_GATEWAY.REMOVE");
    assertThat(catchThrowableOfType(Problem.class, configure::show)).isNotNull();
  }
}
