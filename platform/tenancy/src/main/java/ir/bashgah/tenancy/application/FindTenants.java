package ir.bashgah.tenancy.application;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.domain.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The tenant catalog as the platform admin reads it. */
@ApplicationScoped
public class FindTenants {
  @Inject Tenants tenants;

  @Transactional
  public List<TenantView> all() {
    return tenants.all().stream().map(TenantView::of).toList();
  }

  /** The tenant, or 404. */
  @Transactional
  public TenantView bySlug(String slug) {
    return tenants.bySlug(slug).map(TenantView::of).orElseThrow(() -> Problem.notFound("No tenant with slug '" + slug + "'"));
  }
}
