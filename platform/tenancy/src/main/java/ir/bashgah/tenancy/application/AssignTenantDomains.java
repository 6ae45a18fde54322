package ir.bashgah.tenancy.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.TenantDomains;
import ir.bashgah.tenancy.domain.tenant.HostName;
import ir.bashgah.tenancy.domain.tenant.TenantDomainNames;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Clubs' own portal domains. A host is looked up once per half minute per node (a request for the
 * platform's own host asks too, and is answered from the cache as well); the node that changes a
 * domain forgets it at once, the others within that half minute.
 */
@ApplicationScoped
public class AssignTenantDomains implements TenantDomains {
  @Inject TenantDomainNames names;
  @Inject Clock clock;

  private Cache<String, Optional<String>> byHost;

  @PostConstruct
  void init() {
    byHost = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(30)).maximumSize(10_000).build();
  }

  @Override
  @Transactional
  public Optional<String> slugOf(String host) {
    String h = HostName.ofHeader(host);
    return h.isEmpty() ? Optional.empty() : byHost.get(h, names::slugOf);
  }

  @Override
  @Transactional
  public Optional<String> hostOf(String slug) {
    return names.hostOf(slug);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void assign(String slug, String host) {
    String normalised = null;
    if (host != null && !host.isBlank()) {
      normalised = HostName.normalise(host).orElseThrow(() -> Problem.invalid("domain", "must be a host name such as club.example.ir (no http://, no path)"));
    }
    Optional<String> before = names.hostOf(slug);
    try {
      names.set(slug, normalised, Instant.now(clock));
    } catch (PersistenceException e) {
      if (Constraints.isDuplicateKey(e)) {
        throw Problem.conflict("Another club's portal uses " + normalised + "; choose another host name");
      }
      throw e;
    }
    before.ifPresent(byHost::invalidate);
    if (normalised != null) {
      byHost.invalidate(normalised);
    }
  }
}
