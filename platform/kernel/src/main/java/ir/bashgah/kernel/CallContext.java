package ir.bashgah.kernel;

import ir.bashgah.kernel.access.Actor;

/**
 * Facts about the current call that every layer may need for audit and logs: request id, client IP
 * and actor. Set once at the edge (HTTP filter, job runner), cleared in {@code finally}. A thread-bound
 * holder rather than a CDI bean, so jobs and EclipseLink callbacks outside a request can use it too.
 */
public final class CallContext {
  public record Call(String requestId, String clientIp, Actor actor) {}

  private static final ThreadLocal<Call> CURRENT = new ThreadLocal<>();

  private CallContext() {}

  public static void begin(String requestId, String clientIp) {
    CURRENT.set(new Call(requestId, clientIp, Actor.ANONYMOUS));
  }

  public static void actAs(Actor actor) {
    Call call = current();
    CURRENT.set(new Call(call.requestId(), call.clientIp(), actor));
  }

  public static Call current() {
    Call call = CURRENT.get();
    return call != null ? call : new Call(null, null, Actor.SYSTEM);
  }

  public static Actor actor() {
    return current().actor();
  }

  /** Restores a captured call on another thread (async work keeps the caller's identity). */
  public static void restore(Call call) {
    CURRENT.set(call);
  }

  public static void clear() {
    CURRENT.remove();
  }
}
