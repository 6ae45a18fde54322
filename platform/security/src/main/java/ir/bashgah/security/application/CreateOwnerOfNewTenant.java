package ir.bashgah.security.application;

import ir.bashgah.tenancy.api.TenantProvisioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Gives every new tenant its first owner account, inside the provisioning transaction. */
@ApplicationScoped
public class CreateOwnerOfNewTenant {
  @Inject ManageStaff staff;

  void onProvisioned(@Observes TenantProvisioned event) {
    staff.createOwner(event.owner().username(), event.owner().password(), event.owner().mobile());
  }
}
