package ir.bashgah.portal.application;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The club a public portal call names in its path (/portal/{club}/...): entered for the rest of the
 * call, as a token or an API key enters it for the others. An unknown club and one that is not
 * serving look the same from outside: not found.
 */
@ApplicationScoped
public class PortalClubs {
  @Inject TenantDirectory directory;

  public TenantDescriptor enter(String slug) {
    TenantDescriptor club = slug == null ? null : directory.find(slug.trim()).filter(TenantDescriptor::isServable).orElse(null);
    if (club == null) {
      throw Problem.notFound("There is no club '" + slug + "' here; check the address you were sent");
    }
    TenantContext.enter(club.ref());
    return club;
  }
}
