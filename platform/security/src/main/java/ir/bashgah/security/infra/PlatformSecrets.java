package ir.bashgah.security.infra;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.security.domain.secret.PlatformKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's keys: the token signing key (BASHGAH_JWT_SECRET) and the field encryption key
 * (BASHGAH_FIELD_KEY, 32 bytes in base64). When not configured, each is made once by whichever node
 * starts first and kept in the platform schema, so every node of a cluster shares it and a restart
 * changes nothing. Production should configure both: a key kept beside the data protects a tenant's
 * own exports and backups, not a dump of the whole server.
 */
@ApplicationScoped
public class PlatformSecrets implements PlatformKeys {
  private static final String JWT_KEY = "jwt-signing-key";
  private static final String FIELD_KEY = "field-encryption-key";

  @Inject EntityManager em;
  @Inject Transactions tx;

  @Inject
  @ConfigProperty(name = "bashgah.jwt.secret")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "bashgah.field.key")
  Optional<String> configuredFieldKey;

  private volatile byte[] jwtKey;

  @Override
  public byte[] jwtKey() {
    if (jwtKey == null) {
      jwtKey = configured.filter(s -> !s.isBlank()).map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8)).orElseGet(() -> stored(JWT_KEY));
      if (jwtKey.length < 32) {
        throw new IllegalStateException("BASHGAH_JWT_SECRET must be at least 32 bytes");
      }
    }
    return jwtKey;
  }

  @Override
  public byte[] fieldKey() {
    return configuredFieldKey.filter(s -> !s.isBlank()).map(s -> Base64.getDecoder().decode(s.trim())).orElseGet(() -> stored(FIELD_KEY));
  }

  private byte[] stored(String name) {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    String table = TenantContext.PLATFORM_SCHEMA + ".platform_secret";
    return tx.inNew(
        () -> {
          // INSERT IGNORE: when two nodes race, the first key wins and both read it back.
          em.createNativeQuery("INSERT IGNORE INTO " + table + " (name, value, created_at) VALUES (?, ?, ?)")
              .setParameter(1, name)
              .setParameter(2, Base64.getEncoder().encodeToString(fresh))
              .setParameter(3, UtcInstantConverter.toColumn(Instant.now()))
              .executeUpdate();
          String value = (String) em.createNativeQuery("SELECT value FROM " + table + " WHERE name = ?").setParameter(1, name).getSingleResult();
          return Base64.getDecoder().decode(value);
        });
  }
}
