package ir.bashgah.kernel;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant of the current call, resolved once at the edge (token, API key, portal host) and read by
 * the persistence layer to route every statement to the tenant's schema. Domain methods never take a
 * tenant argument. Thread-bound, so async and batch work must {@link #capture()} it and restore it on
 * the worker; it is always cleared in {@code finally}.
 */
public final class TenantContext {
  /** Schema of the platform catalog; unqualified tenant tables do not exist there, so a call without a tenant fails closed. */
  public static final String PLATFORM_SCHEMA = "bashgah";

  /** The tenant as the rest of the call sees it. */
  public record TenantRef(String slug, String schema, String plan) {
    public static String schemaOf(String slug) {
      return "t_" + slug.replace('-', '_');
    }
  }

  private static final ThreadLocal<TenantRef> CURRENT = new ThreadLocal<>();

  private TenantContext() {}

  public static Optional<TenantRef> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  public static TenantRef require() {
    TenantRef ref = CURRENT.get();
    if (ref == null) {
      throw new IllegalStateException("No tenant in context: tenant data accessed outside a tenant call");
    }
    return ref;
  }

  /** The schema every unqualified statement of this thread runs in. */
  public static String schema() {
    TenantRef ref = CURRENT.get();
    return ref == null ? PLATFORM_SCHEMA : ref.schema();
  }

  public static void enter(TenantRef ref) {
    CURRENT.set(ref);
  }

  public static void clear() {
    CURRENT.remove();
  }

  /** Runs {@code work} as {@code ref}, restoring whatever tenant was current before. */
  public static <T> T callAs(TenantRef ref, Callable<T> work) throws Exception {
    TenantRef before = CURRENT.get();
    CURRENT.set(ref);
    try {
      return work.call();
    } finally {
      if (before == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(before);
      }
    }
  }

  public static void runAs(TenantRef ref, Runnable work) {
    try {
      callAs(
          ref,
          () -> {
            work.run();
            return null;
          });
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Wraps {@code work} so that it runs with this thread's tenant and call on whatever thread runs it. */
  public static Runnable capture(Runnable work) {
    TenantRef ref = CURRENT.get();
    CallContext.Call call = CallContext.current();
    return () -> {
      CURRENT.set(ref);
      CallContext.restore(call);
      try {
        work.run();
      } finally {
        CURRENT.remove();
        CallContext.clear();
      }
    };
  }
}
