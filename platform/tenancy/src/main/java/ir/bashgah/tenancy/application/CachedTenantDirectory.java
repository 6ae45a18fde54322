package ir.bashgah.tenancy.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.domain.tenant.Tenants;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link TenantDirectory}, without a catalog query per call. Entries live a few seconds: a change
 * made on this node is seen at once ({@link #forget}), one made on another node within the TTL.
 */
@ApplicationScoped
public class CachedTenantDirectory implements TenantDirectory {
  private Cache<String, Optional<TenantDescriptor>> entries;

  @Inject Tenants tenants;

  @Inject
  @ConfigProperty(name = "bashgah.tenancy.cache-seconds", defaultValue = "5")
  long cacheSeconds;

  @PostConstruct
  void init() {
    entries = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(cacheSeconds)).maximumSize(100_000).build();
  }

  @Override
  public Optional<TenantDescriptor> find(String slug) {
    return entries.get(slug, s -> tenants.bySlug(s).map(t -> t.descriptor()));
  }

  @Override
  public java.util.List<TenantDescriptor> servable() {
    return tenants.all().stream().map(t -> t.descriptor()).filter(TenantDescriptor::isServable).toList();
  }

  @Override
  public void forget(String slug) {
    entries.invalidate(slug);
  }
}
