package ir.bashgah.tenancy.domain.tenant;

import java.util.List;
import java.util.Optional;

/** The tenant catalog. */
public interface Tenants {
  Optional<Tenant> bySlug(String slug);

  List<Tenant> all();

  void add(Tenant tenant);

  void remove(Tenant tenant);
}
