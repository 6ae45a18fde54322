package ir.bashgah.security.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.security.api.ApiKeys;
import ir.bashgah.security.api.IssuedKey;
import ir.bashgah.security.domain.apikey.ApiKey;
import ir.bashgah.security.domain.apikey.ApiKeyStore;
import ir.bashgah.security.domain.secret.SecretHash;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@link ApiKeys} of POS terminals: only a key's hash is kept. */
@ApplicationScoped
public class TerminalKeys implements ApiKeys {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What a key check needs of a stored key, kept a few seconds so a till's every call is not a query. */
  private record Known(String secretHash, Actor terminal, boolean revoked) {}

  private Cache<String, Optional<Known>> known;

  @Inject ApiKeyStore keys;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.api-keys.cache-seconds", defaultValue = "5")
  long cacheSeconds;

  @PostConstruct
  void init() {
    known = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(cacheSeconds)).maximumSize(100_000).build();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public IssuedKey issue(String branchCode, String terminalId, String label) {
    String tenant = TenantContext.require().slug();
    byte[] secretBytes = new byte[32];
    RANDOM.nextBytes(secretBytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
    String keyId = Long.toString(ir.bashgah.kernel.Ids.next(), 36);
    keys.add(new ApiKey(keyId, SecretHash.of(secret), branchCode, terminalId, label, Instant.now(clock)));
    return new IssuedKey(keyId, PREFIX + "_" + tenant + "_" + keyId + "_" + secret);
  }

  /**
   * The terminal behind a key of the tenant in context, if the key is genuine and not revoked. The
   * stored key is cached for a few seconds (the secret is still compared on every call): a
   * revocation on this node is seen at once, on another node within {@code cacheSeconds}.
   */
  @Override
  public Optional<Actor> authenticate(PresentedKey key) {
    Optional<Known> k = known.get(TenantContext.schema() + "/" + key.keyId(), id -> keys.byId(key.keyId())
        .map(stored -> new Known(stored.secretHash(), new Actor(Actor.Kind.TERMINAL, stored.terminalId(), "terminal:" + stored.label(), Role.TERMINAL,
            stored.branchCode()), stored.isRevoked())));
    return k.filter(stored -> !stored.revoked() && SecretHash.matches(key.secret(), stored.secretHash())).map(Known::terminal);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public int revokeTerminal(String terminalId) {
    List<ApiKey> ofTerminal = keys.ofTerminal(terminalId);
    int active = 0;
    Instant now = Instant.now(clock);
    for (ApiKey k : ofTerminal) {
      if (!k.isRevoked()) {
        active++;
        k.revoke(now);
      }
      known.invalidate(TenantContext.schema() + "/" + k.keyId());
    }
    return active;
  }
}
