package ir.bashgah.tenancy.domain.tenant;

import java.time.Instant;
import java.util.Optional;

/** The catalogue's host names of clubs' portals (the platform schema's tenant_domain). */
public interface TenantDomainNames {
  Optional<String> slugOf(String host);

  Optional<String> hostOf(String slug);

  /** The club's host becomes {@code host} (null: none). A host another club has fails with a duplicate of its primary key. */
  void set(String slug, String host, Instant now);
}
