package ir.bashgah.tenancy.infra;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.tenancy.domain.tenant.TenantDomainNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code tenant_domain} in the platform schema, named in full: the call may be in a club's schema. */
@ApplicationScoped
public class SqlTenantDomainNames implements TenantDomainNames {
  private static final String TABLE = TenantContext.PLATFORM_SCHEMA + ".tenant_domain";

  @Inject EntityManager em;

  @Override
  public Optional<String> slugOf(String host) {
    return first(em.createNativeQuery("SELECT slug FROM " + TABLE + " WHERE host = ?").setParameter(1, host).getResultList());
  }

  @Override
  public Optional<String> hostOf(String slug) {
    return first(em.createNativeQuery("SELECT host FROM " + TABLE + " WHERE slug = ?").setParameter(1, slug).getResultList());
  }

  @Override
  public void set(String slug, String host, Instant now) {
    em.createNativeQuery("DELETE FROM " + TABLE + " WHERE slug = ?").setParameter(1, slug).executeUpdate();
    if (host != null) {
      em.createNativeQuery("INSERT INTO " + TABLE + " (host, slug, created_at) VALUES (?, ?, ?)").setParameter(1, host).setParameter(2, slug)
          .setParameter(3, UtcInstantConverter.toColumn(now)).executeUpdate();
    }
  }

  private static Optional<String> first(List<?> rows) {
    return rows.stream().findFirst().map(String.class::cast);
  }
}
