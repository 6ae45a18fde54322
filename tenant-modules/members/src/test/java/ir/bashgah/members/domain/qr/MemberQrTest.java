package ir.bashgah.members.domain.qr;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MemberQrTest {
  @BeforeAll
  static void key() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 3);
    FieldCipher.install(key);
  }

  @Test
  void aPrintedCodeReadsBackInTheClubThatSignedIt() {
    String payload = MemberQr.printed("100042", "9123456789012347").payload("acme");
    assertThat(payload).startsWith("BQ1.").hasSizeLessThan(80).doesNotContain("acme");
    assertThat(MemberQr.read(payload, "acme")).isEqualTo(MemberQr.printed("100042", "9123456789012347"));
  }

  @Test
  void aDigitalCodeCarriesItsExpiryToTheSecond() {
    Instant expiry = Instant.parse("2026-11-23T10:15:30.750Z");
    MemberQr read = MemberQr.read(MemberQr.digital("100042", expiry).payload("acme"), "acme");
    assertThat(read.kind()).isEqualTo(MemberQr.Kind.DIGITAL);
    assertThat(read.expiresAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
    assertThat(read.isExpired(Instant.parse("2026-11-23T10:15:30Z"))).isFalse();
    assertThat(read.isExpired(Instant.parse("2026-11-23T10:15:31Z"))).isTrue();
  }

  @Test
  void anotherClubsCodeDoesNotVerify() {
    String payload = MemberQr.printed("100042", "9123456789012347").payload("acme");
    assertThat(problem(() -> MemberQr.read(payload, "other-club")).type()).isEqualTo(ProblemType.NOT_FOUND);
  }

  @Test
  void changingTheMemberWithoutTheKeyIsCaught() {
    String payload = MemberQr.digital("100042", Instant.parse("2030-01-01T00:00:00Z")).payload("acme");
    String[] parts = payload.split("\\.");
    String forgedContent = Base64.getUrlEncoder().withoutPadding().encodeToString("D:100043:1893456000".getBytes(StandardCharsets.US_ASCII));
    String forged = parts[0] + "." + forgedContent + "." + parts[2];
    assertThat(problem(() -> MemberQr.read(forged, "acme")).type()).isEqualTo(ProblemType.NOT_FOUND);
  }

  @Test
  void whatIsNotAMemberCodeIsAValidationErrorOnTheQrField() {
    for (String junk : new String[] {"anything", "", "BQ1.abc", "BQ2.YQ.YQ", "BQ1.!!!.AAAA", "BQ1.UDoxOjI.AAAA", "x".repeat(500)}) {
      Problem p = problem(() -> MemberQr.read(junk, "acme"));
      assertThat(p.type()).as(junk).isEqualTo(ProblemType.VALIDATION_FAILED);
      assertThat(p.errors().get(0).field()).isEqualTo("qr");
    }
  }

  private static Problem problem(Runnable call) {
    try {
      call.run();
    } catch (Problem p) {
      return p;
    }
    throw new AssertionError("expected a Problem");
  }
}
