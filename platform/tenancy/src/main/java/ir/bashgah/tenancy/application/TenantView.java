package ir.bashgah.tenancy.application;

import ir.bashgah.tenancy.domain.tenant.Tenant;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.Map;

/** A tenant as the platform API and the audit log show it. */
public record TenantView(
    String slug,
    String name,
    String plan,
    String status,
    Map<String, String> branding,
    String schemaVersion,
    Instant createdAt,
    Instant updatedAt) {
  private static final Jsonb JSON = JsonbBuilder.create();

  @SuppressWarnings("unchecked")
  public static TenantView of(Tenant t) {
    Map<String, String> branding = t.branding() == null ? Map.of() : JSON.fromJson(t.branding(), Map.class);
    return new TenantView(
        t.slug(), t.name(), t.plan().name(), t.status().name(), branding, t.schemaVersion(), t.createdAt(), t.updatedAt());
  }

  static String brandingJson(Map<String, String> branding) {
    return branding == null || branding.isEmpty() ? null : JSON.toJson(branding);
  }
}
