package ir.bashgah.tenancy.application;

import ir.bashgah.kernel.access.Credentials;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.tenancy.api.OwnerAccount;
import ir.bashgah.tenancy.api.Plan;
import ir.bashgah.tenancy.domain.tenant.Slug;
import java.util.Arrays;
import java.util.Map;

/** What the platform admin asks for when creating a tenant, as received (strings not yet trusted). */
public record NewTenant(String slug, String name, String plan, OwnerAccount owner, Map<String, String> branding) {

  /** Checks every field at once and answers the same tenant with its values normalised. */
  public NewTenant validated() {
    Validation v = new Validation();
    v.require(Slug.isValid(slug), "slug", "must match [a-z][a-z0-9-]{2,30}: a lower-case letter, then 2 to 30 lower-case letters, digits or dashes");
    v.requireText(name, "name", 200);
    v.require(plan != null && Arrays.stream(Plan.values()).anyMatch(p -> p.name().equals(plan)), "plan", "must be one of " + Arrays.toString(Plan.values()));
    String mobile = null;
    if (owner == null) {
      v.require(false, "owner", "is required: {\"username\", \"password\", \"mobile\"?}");
    } else {
      Credentials.usernameProblem(owner.username()).ifPresent(m -> v.require(false, "owner.username", m));
      Credentials.passwordProblem(owner.password()).ifPresent(m -> v.require(false, "owner.password", m));
      if (owner.mobile() != null && !owner.mobile().isBlank()) {
        mobile = IranianMobile.normalize(owner.mobile()).orElse(null);
        v.require(mobile != null, "owner.mobile", "must be an Iranian mobile number such as 09121234567");
      }
    }
    if (branding != null) {
      v.require(branding.size() <= 20, "branding", "at most 20 entries");
      branding.forEach((k, val) -> v.require(k != null && k.length() <= 40 && (val == null || val.length() <= 500), "branding." + k, "keys up to 40 and values up to 500 characters"));
    }
    v.throwIfInvalid();
    return new NewTenant(slug, name.trim(), plan, new OwnerAccount(owner.username(), owner.password(), mobile), branding);
  }
}
