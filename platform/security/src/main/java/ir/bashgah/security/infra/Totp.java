package ir.bashgah.security.infra;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Instant;
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

  /** Accepts the code of this step or of the one before or after, for clocks a little apart. */
  public static boolean verify(String base32Secret, String code, Instant now) {
    if (code == null || !code.matches("\\d{6}")) {
      return false;
    }
    for (int step = -1; step <= 1; step++) {
      if (code.equals(code(base32Secret, now.plus(GENERATOR.getTimeStep().multipliedBy(step))))) {
        return true;
      }
    }
    return false;
  }

  public static String otpauthUri(String issuer, String account, String secret) {
    String label = URLEncoder.encode(issuer + ":" + account, StandardCharsets.UTF_8).replace("+", "%20");
    return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + URLEncoder.encode(issuer, StandardCharsets.UTF_8);
  }
}
