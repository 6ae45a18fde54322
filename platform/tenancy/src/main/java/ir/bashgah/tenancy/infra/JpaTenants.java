package ir.bashgah.tenancy.infra;

import ir.bashgah.tenancy.domain.tenant.Tenant;
import ir.bashgah.tenancy.domain.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTenants implements Tenants {
  @Inject EntityManager em;

  @Override
  public Optional<Tenant> bySlug(String slug) {
    return em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Tenant> all() {
    return em.createQuery("SELECT t FROM Tenant t ORDER BY t.slug", Tenant.class).getResultList();
  }

  @Override
  public void add(Tenant tenant) {
    em.persist(tenant);
  }

  @Override
  public void remove(Tenant tenant) {
    em.remove(em.contains(tenant) ? tenant : em.merge(tenant));
  }
}
