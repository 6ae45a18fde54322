package ir.bashgah.tenancy.api;

import ir.bashgah.tenancy.domain.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers, for every call, which tenant a slug is and whether it may be served, without a catalog
 * query per call. Entries live a few seconds: a change made on this node is seen at once
 * ({@link #forget}), one made on another node within the TTL.
 */
@ApplicationScoped
public class TenantDirectory {
  private record Entry(Optional<TenantDescriptor> tenant, long loadedAtNanos) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Inject Tenants tenants;

  @Inject
  @ConfigProperty(name = "bashgah.tenancy.cache-seconds", defaultValue = "5")
  long cacheSeconds;

  public Optional<TenantDescriptor> find(String slug) {
    long now = System.nanoTime();
    Entry entry = entries.get(slug);
    if (entry == null || now - entry.loadedAtNanos > Duration.ofSeconds(cacheSeconds).toNanos()) {
      entry = new Entry(tenants.bySlug(slug).map(t -> t.descriptor()), now);
      entries.put(slug, entry);
    }
    return entry.tenant;
  }

  /** Every tenant that may be served now, for work done for each tenant in turn (jobs). */
  public java.util.List<TenantDescriptor> servable() {
    return tenants.all().stream().map(t -> t.descriptor()).filter(TenantDescriptor::isServable).toList();
  }

  public void forget(String slug) {
    entries.remove(slug);
  }
}
