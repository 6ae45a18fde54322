package ir.bashgah.security.web;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.PublicEndpoint;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;

/**
 * Binds to every resource method the rule its annotations state: {@link PublicEndpoint}, or the
 * {@link Allowed} permission plus, optionally, the {@link RequiresFeature} plan feature. A method with
 * neither is refused to everybody, so a forgotten annotation fails closed.
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class AuthorizationFeature implements DynamicFeature {
  /** Permissions that make sense without a tenant (the platform admin's, and one's own account). */
  private static final Set<Permission> TENANTLESS = EnumSet.of(Permission.PLATFORM_TENANTS, Permission.PLATFORM_AUDIT, Permission.PLATFORM_JOBS, Permission.OWN_ACCOUNT);

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method == null || type == null || !type.getName().startsWith("ir.bashgah.")) {
      return;
    }
    if (find(method, type, PublicEndpoint.class) != null) {
      return;
    }
    Allowed allowed = find(method, type, Allowed.class);
    RequiresFeature feature = find(method, type, RequiresFeature.class);
    context.register(new Rule(allowed == null ? null : allowed.value(), feature == null ? null : feature.value()), Priorities.AUTHORIZATION);
  }

  private static <A extends Annotation> A find(Method method, Class<?> type, Class<A> annotation) {
    A onMethod = method.getAnnotation(annotation);
    return onMethod != null ? onMethod : type.getAnnotation(annotation);
  }

  static final class Rule implements ContainerRequestFilter {
    private final Permission permission;
    private final String feature;

    Rule(Permission permission, String feature) {
      this.permission = permission;
      this.feature = feature;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (permission == null) {
        throw Problem.forbidden("This endpoint has no access rule and is closed");
      }
      Actor actor = CallContext.actor();
      if (actor.kind() == Actor.Kind.ANONYMOUS || actor.kind() == Actor.Kind.SYSTEM) {
        throw Problem.unauthorized("Log in first: send 'Authorization: Bearer <accessToken>'");
      }
      if (actor.kind() == Actor.Kind.TERMINAL && !request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("v1/pos/")) {
        throw Problem.forbidden("A terminal's API key may call only /api/v1/pos/**");
      }
      // a member's token is for his own portal only, whatever permission a resource names
      if (actor.kind() == Actor.Kind.MEMBER && !request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("v1/portal/")) {
        throw Problem.forbidden("A member's portal token may call only /api/v1/portal/**");
      }
      if (!actor.may(permission)) {
        throw Problem.forbidden("The role '" + (actor.role() == null ? "none" : actor.role().wireName()) + "' may not do this");
      }
      if (!TENANTLESS.contains(permission) && TenantContext.current().isEmpty()) {
        throw Problem.forbidden("This endpoint belongs to a club; log in as one of its staff");
      }
      if (feature != null) {
        checkFeature();
      }
    }

    private void checkFeature() {
      CDI.current().select(Features.class).get().require(feature);
    }
  }
}
