package ir.bashgah.security.infra;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.crypto.P256;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.security.domain.secret.PlatformKeys;
import ir.bashgah.security.domain.secret.WebPushKeyPair;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
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
 *
 * <p>The VAPID key pair of web push (BASHGAH_VAPID_PUBLIC_KEY and BASHGAH_VAPID_PRIVATE_KEY) is kept the
 * same way, in one row (so two nodes that race keep one pair, never one node's public key with the
 * other's private key), its private key encrypted with the field key: as safe as the field key is.
 */
@ApplicationScoped
public class PlatformSecrets implements PlatformKeys {
  private static final String JWT_KEY = "jwt-signing-key";
  private static final String FIELD_KEY = "field-encryption-key";
  private static final String VAPID_KEYS = "vapid-key-pair";

  @Inject EntityManager em;
  @Inject Transactions tx;

  @Inject
  @ConfigProperty(name = "bashgah.jwt.secret")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "bashgah.field.key")
  Optional<String> configuredFieldKey;

  @Inject
  @ConfigProperty(name = "bashgah.vapid.public-key")
  Optional<String> configuredVapidPublic;

  @Inject
  @ConfigProperty(name = "bashgah.vapid.private-key")
  Optional<String> configuredVapidPrivate;

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

  @Override
  public WebPushKeyPair webPushKeys() {
    String pub = configuredVapidPublic.filter(s -> !s.isBlank()).map(String::trim).orElse(null);
    String priv = configuredVapidPrivate.filter(s -> !s.isBlank()).map(String::trim).orElse(null);
    if (pub != null || priv != null) {
      if (pub == null || priv == null) {
        throw new IllegalStateException("Set both BASHGAH_VAPID_PUBLIC_KEY and BASHGAH_VAPID_PRIVATE_KEY, or neither (the platform then makes a pair once)");
      }
      return new WebPushKeyPair(pub, priv);
    }
    // "<public>.<private encrypted with the field key>"
    KeyPair fresh = P256.generate();
    String freshValue = P256.base64Url(P256.encode((ECPublicKey) fresh.getPublic())) + "."
        + FieldCipher.encrypt(P256.base64Url(P256.encode((ECPrivateKey) fresh.getPrivate())));
    String value = stored(VAPID_KEYS, freshValue);
    int dot = value.indexOf('.');
    return new WebPushKeyPair(value.substring(0, dot), FieldCipher.decrypt(value.substring(dot + 1)));
  }

  private byte[] stored(String name) {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    return Base64.getDecoder().decode(stored(name, Base64.getEncoder().encodeToString(fresh)));
  }

  /** The value kept under {@code name}, {@code fresh} if there was none. */
  private String stored(String name, String fresh) {
    String table = TenantContext.PLATFORM_SCHEMA + ".platform_secret";
    return tx.inNew(
        () -> {
          // INSERT IGNORE: when two nodes race, the first key wins and both read it back.
          em.createNativeQuery("INSERT IGNORE INTO " + table + " (name, value, created_at) VALUES (?, ?, ?)")
              .setParameter(1, name)
              .setParameter(2, fresh)
              .setParameter(3, UtcInstantConverter.toColumn(Instant.now()))
              .executeUpdate();
          return (String) em.createNativeQuery("SELECT value FROM " + table + " WHERE name = ?").setParameter(1, name).getSingleResult();
        });
  }
}
