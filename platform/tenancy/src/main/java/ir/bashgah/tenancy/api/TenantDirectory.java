package ir.bashgah.tenancy.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.bashgah.tenancy.domain.tenant.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers, for every call, which tenant a slug is and whether it may be served, without a catalog
 * query per call. Entries live a few seconds: a change made on this node is seen at once
 * ({@link #forget}), one made on another node within the TTL.
 */
@ApplicationScoped
public class TenantDirectory {
  private Cache<String, Optional<TenantDescriptor>> entries;

  @Inject Tenants tenants;

  @Inject
  @ConfigProperty(name = "bashgah.tenancy.cache-seconds", defaultValue = "5")
  long cacheSeconds;

  @PostConstruct
  void init() {
    entries = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(cacheSeconds)).maximumSize(100_000).build();
  }

  public Optional<TenantDescriptor> find(String slug) {
    return entries.get(slug, s -> tenants.bySlug(s).map(t -> t.descriptor()));
  }

  /** Every tenant that may be served now, for work done for each tenant in turn (jobs). */
  public java.util.List<TenantDescriptor> servable() {
    return tenants.all().stream().map(t -> t.descriptor()).filter(TenantDescriptor::isServable).toList();
  }

  public void forget(String slug) {
    entries.invalidate(slug);
  }
}
