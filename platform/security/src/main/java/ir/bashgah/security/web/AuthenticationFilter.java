package ir.bashgah.security.web;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.security.api.AccessClaims;
import ir.bashgah.security.api.ApiKeys;
import ir.bashgah.security.application.SessionGuard;
import ir.bashgah.security.domain.session.AccessTokens;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.api.TenantStatus;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Works out who is calling (a bearer token of the admin or a staff member whose session is still
 * open, or a terminal's API key) and, once, which tenant the call belongs to. Whether the caller may call the endpoint is the
 * {@link AuthorizationFeature}'s decision.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
  @Inject AccessTokens tokens;
  @Inject ApiKeys apiKeys;
  @Inject TenantDirectory directory;
  @Inject SessionGuard sessions;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || header.isBlank()) {
      return;
    }
    if (hasScheme(header, "Bearer")) {
      AccessClaims claims =
          tokens.verify(header.substring(7).trim()).orElseThrow(() -> Problem.unauthorized("The access token is invalid or has expired; log in again"));
      if (claims.tenant() != null) {
        enter(directory.find(claims.tenant()).orElseThrow(() -> Problem.unauthorized("Your club no longer exists")));
      }
      sessions.requireOpen(claims);
      CallContext.actAs(claims.actor());
    } else if (hasScheme(header, "ApiKey")) {
      ApiKeys.PresentedKey key =
          ApiKeys.PresentedKey.parse(header.substring(7)).orElseThrow(() -> Problem.unauthorized("The API key is not valid"));
      enter(directory.find(key.tenant()).orElseThrow(() -> Problem.unauthorized("The API key is not valid")));
      Actor terminal = apiKeys.authenticate(key).orElseThrow(() -> Problem.unauthorized("The API key is not valid or has been revoked"));
      CallContext.actAs(terminal);
    } else {
      throw Problem.unauthorized("Send 'Authorization: Bearer <accessToken>' or 'Authorization: ApiKey <key>'");
    }
  }

  private static void enter(TenantDescriptor tenant) {
    String slug = tenant.slug();
    if (tenant.status() == TenantStatus.SUSPENDED) {
      throw new Problem(ProblemType.TENANT_SUSPENDED, "Club '" + slug + "' is suspended; its data is kept. Contact the platform's support");
    }
    if (!tenant.isServable()) {
      throw new Problem(ProblemType.TENANT_UNAVAILABLE, "Club '" + slug + "' is not available right now; try again later");
    }
    TenantContext.enter(tenant.ref());
  }

  private static boolean hasScheme(String header, String scheme) {
    return header.length() > scheme.length() + 1
        && header.regionMatches(true, 0, scheme, 0, scheme.length())
        && header.charAt(scheme.length()) == ' ';
  }
}
