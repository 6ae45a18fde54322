package ir.bashgah.features.infra;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.bashgah.features.domain.FeatureOverrides;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link FeatureOverrides} in the platform's {@code tenant_feature} table. Read on every feature
 * check, so they are cached per tenant for a few seconds; a change on this node is seen at once.
 */
@ApplicationScoped
public class SqlFeatureOverrides implements FeatureOverrides {
  private static final String TABLE = TenantContext.PLATFORM_SCHEMA + ".tenant_feature";
  private final Cache<String, Map<String, Boolean>> cache =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(5)).maximumSize(100_000).build();

  @Inject EntityManager em;

  @Override
  public Map<String, Boolean> of(String tenantSlug) {
    return cache.get(tenantSlug, slug -> {
      Map<String, Boolean> loaded = new HashMap<>();
      for (Object row : em.createNativeQuery("SELECT code, enabled FROM " + TABLE + " WHERE tenant_slug = ?").setParameter(1, slug).getResultList()) {
        Object[] cols = (Object[]) row;
        loaded.put((String) cols[0], toBoolean(cols[1]));
      }
      return Map.copyOf(loaded);
    });
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void put(String tenantSlug, String code, boolean enabled, String by) {
    em.createNativeQuery(
            "INSERT INTO " + TABLE + " (tenant_slug, code, enabled, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE enabled = VALUES(enabled), updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)")
        .setParameter(1, tenantSlug)
        .setParameter(2, code)
        .setParameter(3, enabled)
        .setParameter(4, UtcInstantConverter.toColumn(Instant.now()))
        .setParameter(5, by)
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean remove(String tenantSlug, String code) {
    int removed = em.createNativeQuery("DELETE FROM " + TABLE + " WHERE tenant_slug = ? AND code = ?").setParameter(1, tenantSlug).setParameter(2, code).executeUpdate();
    return removed > 0;
  }

  @Override
  public void forget(String tenantSlug) {
    cache.invalidate(tenantSlug);
  }

  private static boolean toBoolean(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value instanceof Number n && n.intValue() != 0;
  }
}
