package ir.bashgah.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.time.Instants;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstantsTest {
  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private static List<String> problems(String text) {
    Validation v = new Validation();
    Instant at = Instants.parse(text, "issuedAt", v);
    Instants.requireHappened(at, NOW, "issuedAt", v);
    try {
      v.throwIfInvalid();
      return List.of();
    } catch (Problem p) {
      return p.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }
  }

  @Test
  void whatHappenedLiesWithinTenYearsBackAndFiveMinutesAhead() {
    assertThat(problems("2026-12-07T13:30:00+03:30")).isEmpty();
    assertThat(problems("2016-12-07T10:00:00Z")).as("ten years to the second").isEmpty();
    assertThat(problems("2026-12-07T10:05:00Z")).isEmpty();
    assertThat(problems("2026-12-07T10:05:01Z")).singleElement().asString().contains("future");
    assertThat(problems("2026-12-07T10:10:00Z")).singleElement().asString().contains("future");
    assertThat(problems("2016-12-07T09:59:59Z")).singleElement().asString().contains("10 years");
    assertThat(problems("1970-01-01T00:00:00Z")).singleElement().asString().contains("10 years");
    assertThat(problems("+999999999-12-31T23:59:59Z")).singleElement().asString().contains("future");
    assertThat(problems("-999999999-01-01T00:00:00Z")).singleElement().asString().contains("10 years");
  }

  @Test
  void unreadableInstantsAreNamed() {
    assertThat(problems("yesterday")).singleElement().asString().startsWith("issuedAt: must be an ISO-8601 instant");
    assertThat(problems("2026-12-07T10:00:00")).as("no offset").hasSize(1);
    assertThat(problems(null)).isEmpty();
  }

  @Test
  void filtersLieWithinWhatTheDatabaseKeeps() {
    Validation v = new Validation();
    Instants.requireFilter(Instant.parse("1969-12-31T23:59:59Z"), "from", v);
    Instants.requireFilter(Instants.LATEST.plus(Duration.ofSeconds(1)), "to", v);
    Instants.requireFilter(NOW, "ok", v);
    try {
      v.throwIfInvalid();
    } catch (Problem p) {
      assertThat(p.errors()).extracting(e -> e.field()).containsExactly("from", "to");
      return;
    }
    throw new AssertionError("expected a problem");
  }
}
