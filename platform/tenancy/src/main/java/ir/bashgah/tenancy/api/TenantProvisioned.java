package ir.bashgah.tenancy.api;

import ir.bashgah.kernel.TenantContext.TenantRef;

/**
 * Fired synchronously once a new tenant's schema is migrated, inside a transaction in that tenant's
 * context: each module seeds its own defaults (the owner's account, the default programme). An
 * observer that throws undoes the whole provisioning.
 */
public record TenantProvisioned(TenantRef tenant, String name, OwnerAccount owner) {}
