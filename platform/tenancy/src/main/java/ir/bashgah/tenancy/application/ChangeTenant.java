package ir.bashgah.tenancy.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.tenancy.api.Plan;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.api.TenantStatus;
import ir.bashgah.tenancy.domain.tenant.Tenant;
import ir.bashgah.tenancy.domain.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ir.bashgah.kernel.persistence.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/** Changes a tenant's plan, status (suspend / resume), name or branding; audited with before and after. */
@ApplicationScoped
public class ChangeTenant {
  public record Change(String name, String plan, String status, Map<String, String> branding) {}

  @Inject Tenants tenants;
  @Inject AuditLog audit;
  @Inject TenantDirectory directory;
  @Inject Clock clock;
  @Inject Transactions tx;

  /** The change commits first; only then is the cached tenant forgotten, so no node can re-cache the old one. */
  public TenantView change(String slug, Change change) {
    TenantView after = tx.inNew(() -> apply(slug, change));
    directory.forget(slug);
    return after;
  }

  private TenantView apply(String slug, Change change) {
    Validation v = new Validation();
    v.require(change.plan() == null || Arrays.stream(Plan.values()).anyMatch(p -> p.name().equals(change.plan())),
        "plan", "must be one of " + Arrays.toString(Plan.values()));
    v.require(change.status() == null || "ACTIVE".equals(change.status()) || "SUSPENDED".equals(change.status()),
        "status", "must be ACTIVE or SUSPENDED");
    v.require(change.name() == null || (!change.name().isBlank() && change.name().length() <= 200), "name", "must be 1 to 200 characters");
    v.throwIfInvalid();

    Tenant tenant = tenants.bySlug(slug).orElseThrow(() -> Problem.notFound("No tenant with slug '" + slug + "'"));
    if (tenant.status() == TenantStatus.PROVISIONING) {
      throw Problem.conflict("Tenant '" + slug + "' is still being provisioned");
    }
    TenantView before = TenantView.of(tenant);
    Instant now = Instant.now(clock);
    if (change.plan() != null) {
      tenant.changePlan(Plan.valueOf(change.plan()), now);
    }
    if (change.status() != null) {
      tenant.changeStatus(TenantStatus.valueOf(change.status()), now);
    }
    if (change.name() != null) {
      tenant.rename(change.name().trim(), now);
    }
    if (change.branding() != null) {
      tenant.rebrand(TenantView.brandingJson(change.branding()), now);
    }
    TenantView after = TenantView.of(tenant);
    audit.recordOnTenant(slug, action(before, after), "tenant", slug, before, after);
    return after;
  }

  private static String action(TenantView before, TenantView after) {
    if (!before.status().equals(after.status())) {
      return "SUSPENDED".equals(after.status()) ? "TENANT.SUSPEND" : "TENANT.RESUME";
    }
    if (!before.plan().equals(after.plan())) {
      return "TENANT.CHANGE_PLAN";
    }
    return "TENANT.UPDATE";
  }
}
