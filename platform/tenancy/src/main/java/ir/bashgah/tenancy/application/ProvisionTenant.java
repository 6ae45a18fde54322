package ir.bashgah.tenancy.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.TenantContext.TenantRef;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.Plan;
import ir.bashgah.tenancy.api.OwnerAccount;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.api.TenantProvisioning;
import ir.bashgah.tenancy.api.TenantProvisioned;
import ir.bashgah.tenancy.domain.tenant.Tenant;
import ir.bashgah.tenancy.domain.tenant.Tenants;
import ir.bashgah.tenancy.domain.tenant.TenantSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates a tenant (P1): reserves the slug, creates and migrates schema {@code t_<slug>}, lets every
 * module seed its defaults, then activates it, all before answering. Schema DDL cannot be rolled back
 * in MariaDB, so a failure at any step is undone by hand: the schema is dropped and the slug freed.
 */
@ApplicationScoped
public class ProvisionTenant implements TenantProvisioning {
  private static final Logger LOG = Logger.getLogger(ProvisionTenant.class.getName());

  @Inject Tenants tenants;
  @Inject TenantSchemas schemas;
  @Inject Transactions tx;
  @Inject AuditLog audit;
  @Inject TenantDirectory directory;
  @Inject Event<TenantProvisioned> provisioned;
  @Inject Clock clock;

  @Override
  public TenantDescriptor provision(String slug, String name, String plan, OwnerAccount owner, Map<String, String> branding) {
    TenantView created = provision(new NewTenant(slug, name, plan, owner, branding));
    return directory.find(created.slug()).orElseThrow();
  }

  public TenantView provision(NewTenant request) {
    NewTenant cmd = request.validated();
    Tenant reserved = reserve(cmd);
    TenantRef ref = new TenantRef(reserved.slug(), reserved.schemaName(), cmd.plan());
    try {
      String version = schemas.migrate(reserved.schemaName());
      TenantContext.runAs(
          ref, () -> tx.runInNew(() -> provisioned.fire(new TenantProvisioned(ref, cmd.name(), cmd.owner()))));
      TenantView view =
          tx.inNew(
              () -> {
                Tenant tenant = tenants.bySlug(cmd.slug()).orElseThrow();
                tenant.activate(version, Instant.now(clock));
                TenantView after = TenantView.of(tenant);
                audit.recordOnTenant(tenant.slug(), "TENANT.CREATE", "tenant", tenant.slug(), null, after);
                return after;
              });
      directory.forget(cmd.slug());
      return view;
    } catch (RuntimeException e) {
      undo(reserved);
      throw e;
    }
  }

  private Tenant reserve(NewTenant cmd) {
    try {
      return tx.inNew(
          () -> {
            if (tenants.bySlug(cmd.slug()).isPresent()) {
              throw Problem.conflict("A tenant with slug '" + cmd.slug() + "' already exists");
            }
            Tenant tenant =
                Tenant.reserve(
                    cmd.slug(), cmd.name(), Plan.valueOf(cmd.plan()), TenantView.brandingJson(cmd.branding()), Instant.now(clock));
            tenants.add(tenant);
            return tenant;
          });
    } catch (RuntimeException e) {
      if (Constraints.isDuplicateKey(e)) {
        throw Problem.conflict("A tenant with slug '" + cmd.slug() + "' already exists");
      }
      throw e;
    }
  }

  private void undo(Tenant reserved) {
    try {
      schemas.drop(reserved.schemaName());
      tx.runInNew(() -> tenants.bySlug(reserved.slug()).ifPresent(tenants::remove));
    } catch (RuntimeException cleanupFailure) {
      LOG.log(Level.SEVERE, "Provisioning of tenant " + reserved.slug() + " failed and could not be undone; remove schema "
          + reserved.schemaName() + " and its catalog row by hand", cleanupFailure);
    }
  }
}
