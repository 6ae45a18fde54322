package ir.bashgah.security.infra;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token signing key. Given by BASHGAH_JWT_SECRET (at least 32 bytes), or made once by whichever
 * node starts first and kept in the platform schema, so every node of a cluster verifies the same
 * tokens and a restart does not sign everybody out.
 */
@ApplicationScoped
public class SigningKeys {
  private static final String JWT_KEY = "jwt-signing-key";

  @Inject EntityManager em;

  @Inject Transactions tx;

  @Inject
  @ConfigProperty(name = "bashgah.jwt.secret")
  Optional<String> configured;

  private volatile byte[] jwtKey;

  public byte[] jwtKey() {
    if (jwtKey == null) {
      jwtKey = configured.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(this::stored);
      if (jwtKey.length < 32) {
        throw new IllegalStateException("BASHGAH_JWT_SECRET must be at least 32 bytes");
      }
    }
    return jwtKey;
  }

  private byte[] stored() {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    String table = TenantContext.PLATFORM_SCHEMA + ".platform_secret";
    return tx.inNew(
        () -> {
          // INSERT IGNORE: when two nodes race, the first key wins and both read it back.
          em.createNativeQuery("INSERT IGNORE INTO " + table + " (name, value, created_at) VALUES (?, ?, ?)")
              .setParameter(1, JWT_KEY)
              .setParameter(2, Base64.getEncoder().encodeToString(fresh))
              .setParameter(3, UtcInstantConverter.toColumn(Instant.now()))
              .executeUpdate();
          String value = (String) em.createNativeQuery("SELECT value FROM " + table + " WHERE name = ?").setParameter(1, JWT_KEY).getSingleResult();
          return Base64.getDecoder().decode(value);
        });
  }
}
