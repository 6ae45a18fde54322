package ir.bashgah.tenancy.api;

import java.util.List;
import java.util.Optional;

/** Answers, for every call, which tenant a slug is and whether it may be served. */
public interface TenantDirectory {
  Optional<TenantDescriptor> find(String slug);

  /** Every tenant that may be served now, for work done for each tenant in turn (jobs). */
  List<TenantDescriptor> servable();

  /** Drops what is known of a tenant; called after a change to it committed. */
  void forget(String slug);
}
