package ir.bashgah.security.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.security.domain.apikey.ApiKey;
import ir.bashgah.security.infra.SecretHash;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues, checks and revokes the API keys of POS terminals (P3, P10). */
@ApplicationScoped
public class ApiKeys {
  static final String PREFIX = "bgk";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A key as the caller presented it, split into where to look and what to compare. */
  public record PresentedKey(String tenant, String keyId, String secret) {
    /** Empty when {@code raw} is not of our key form at all. */
    public static Optional<PresentedKey> parse(String raw) {
      String[] parts = raw == null ? new String[0] : raw.trim().split("_", 4);
      if (parts.length != 4 || !PREFIX.equals(parts[0]) || parts[1].isEmpty() || !parts[2].matches("[0-9a-z]{1,16}") || parts[3].length() < 32) {
        return Optional.empty();
      }
      return Optional.of(new PresentedKey(parts[1], parts[2], parts[3]));
    }
  }

  /** What a key check needs of a stored key, kept a few seconds so a till's every call is not a query. */
  private record Known(String secretHash, Actor terminal, boolean revoked) {}

  private Cache<String, Optional<Known>> known;

  @Inject EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.api-keys.cache-seconds", defaultValue = "5")
  long cacheSeconds;

  @PostConstruct
  void init() {
    known = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(cacheSeconds)).maximumSize(100_000).build();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public IssuedKey issue(String branchCode, String terminalId, String label) {
    String tenant = TenantContext.require().slug();
    byte[] secretBytes = new byte[32];
    RANDOM.nextBytes(secretBytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
    String keyId = Long.toString(ir.bashgah.kernel.Ids.next(), 36);
    em.persist(new ApiKey(keyId, SecretHash.of(secret), branchCode, terminalId, label, Instant.now(clock)));
    return new IssuedKey(keyId, PREFIX + "_" + tenant + "_" + keyId + "_" + secret);
  }

  /**
   * The terminal behind a key of the tenant in context, if the key is genuine and not revoked. The
   * stored key is cached for a few seconds (the secret is still compared on every call): a
   * revocation on this node is seen at once, on another node within {@code cacheSeconds}.
   */
  public Optional<Actor> authenticate(PresentedKey key) {
    Optional<Known> k = known.get(TenantContext.schema() + "/" + key.keyId(), id -> Optional.ofNullable(em.find(ApiKey.class, key.keyId()))
        .map(stored -> new Known(stored.secretHash(), new Actor(Actor.Kind.TERMINAL, stored.terminalId(), "terminal:" + stored.label(), Role.TERMINAL,
            stored.branchCode()), stored.isRevoked())));
    return k.filter(stored -> !stored.revoked() && SecretHash.matches(key.secret(), stored.secretHash())).map(Known::terminal);
  }

  /** Revokes every key of a terminal; answers how many were still active. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int revokeTerminal(String terminalId) {
    List<ApiKey> keys =
        em.createQuery("SELECT k FROM ApiKey k WHERE k.terminalId = :t", ApiKey.class).setParameter("t", terminalId).getResultList();
    int active = 0;
    Instant now = Instant.now(clock);
    for (ApiKey k : keys) {
      if (!k.isRevoked()) {
        active++;
        k.revoke(now);
      }
      known.invalidate(TenantContext.schema() + "/" + k.keyId());
    }
    return active;
  }
}
