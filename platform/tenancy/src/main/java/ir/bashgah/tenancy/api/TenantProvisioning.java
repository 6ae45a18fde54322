package ir.bashgah.tenancy.api;

import java.util.Map;

/**
 * Creates a tenant (P1) with its schema, its owner and every module's defaults, before answering; the
 * request's fields are checked as the platform API checks them (422 naming each bad one).
 */
public interface TenantProvisioning {
  TenantDescriptor provision(String slug, String name, String plan, OwnerAccount owner, Map<String, String> branding);
}
