package ir.bashgah.security.infra;

import ir.bashgah.security.domain.secret.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with OWASP's minimum profile (19 MiB, 2 passes, 1 lane), encoded with its parameters so
 * they can be raised later without breaking stored hashes.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {
  private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
  /** Compared against when the user does not exist, so a wrong username costs as long as a wrong password. */
  private final String decoy = encoder.encode("decoy-password-that-matches-nothing");

  @Override
  public String hash(String raw) {
    return encoder.encode(raw);
  }

  @Override
  public boolean matches(String raw, String hash) {
    return raw != null && hash != null && encoder.matches(raw, hash);
  }

  @Override
  public void spendTimeOnDecoy(String raw) {
    encoder.matches(raw == null ? "" : raw, decoy);
  }
}
