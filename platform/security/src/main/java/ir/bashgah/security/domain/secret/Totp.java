package ir.bashgah.security.domain.secret;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** RFC 6238 one-time codes (30 s steps, 6 digits, SHA-1) as authenticator apps expect them. */
public final class Totp {
  private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new 160-bit secret in Base32, the form authenticator apps take. */
  public static String newSecret() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return new Base32().encodeToString(bytes).replace("=", "");
  }

  public static String code(String base32Secret, Instant at) {
    try {
      SecretKeySpec key = new SecretKeySpec(new Base32().decode(base32Secret), GENERATOR.getAlgorithm());
      return GENERATOR.generateOneTimePasswordString(key, at);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean verify(String base32Secret, String code, Instant now) {
    return matchingStep(base32Secret, code, now).isPresent();
  }

  /**
   * The time step (counted from the epoch) whose code {@code code} is; the step before and after are
   * accepted too, for clocks a little apart. Empty when the code is none of them.
   */
  public static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
    if (base32Secret == null || code == null || !code.matches("\\d{6}")) {
      return OptionalLong.empty();
    }
    long stepSeconds = GENERATOR.getTimeStep().toSeconds();
    long current = now.getEpochSecond() / stepSeconds;
    for (long step = current - 1; step <= current + 1; step++) {
      if (code.equals(code(base32Secret, Instant.ofEpochSecond(step * stepSeconds)))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  public static String otpauthUri(String issuer, String account, String secret) {
    String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
    return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + URLEncoder.encode(issuer, StandardCharsets.UTF_8);
  }
}
