package ir.bashgah.web.idempotency;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.web.api.Idempotent;
import ir.bashgah.web.domain.IdempotencyKeys;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs inside the write's transaction (after {@code @Transactional}). The key's row is claimed by the
 * call's first statement (in its round trip, see {@link IdempotencyKeys#claim}): a concurrent retry with
 * the same key waits on that row until the first call commits, then finds the stored answer, so the
 * effect happens once however many retries race. A call that fails rolls its key back with everything
 * else, so a retry is tried afresh.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {
  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,64}");
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject IdempotencyKeys keys;

  @Inject HttpServletRequest request;

  @AroundInvoke
  public Object around(InvocationContext call) throws Exception {
    Idempotent rule = call.getMethod().getAnnotation(Idempotent.class);
    if (rule == null) {
      rule = call.getMethod().getDeclaringClass().getAnnotation(Idempotent.class);
    }
    String key = request.getHeader(HEADER);
    if (key == null || key.isEmpty()) {
      if (rule != null && !rule.required()) {
        return call.proceed();
      }
      throw new Problem(ProblemType.IDEMPOTENCY_KEY_REQUIRED, "Send an Idempotency-Key header (1 to 64 visible ASCII characters) so that a retry cannot apply this twice");
    }
    if (!KEY.matcher(key).matches()) {
      throw new Problem(ProblemType.IDEMPOTENCY_KEY_REQUIRED, "The Idempotency-Key must be 1 to 64 visible ASCII characters");
    }
    TenantContext.require();
    String scope = request.getMethod() + " " + request.getRequestURI();
    String hash = RequestFingerprint.of(scope, call.getParameters());

    keys.claim(key, scope.length() > 300 ? scope.substring(0, 300) : scope, hash, Instant.now());
    Object result;
    try {
      result = call.proceed();
      keys.settleClaim();
    } catch (Exception e) {
      if (!keys.taken(e)) {
        throw e;
      }
      // the key was used before: what this call began is rolled back, its first answer is given again
      return replay(key, hash, () -> RequestFingerprint.legacy(scope, call.getParameters()));
    }
    Response response = result instanceof Response r ? r : Response.ok(result).build();
    String body = response.hasEntity() ? JSON.toJson(response.getEntity()) : null;
    URI location = response.getLocation();
    keys.answer(key, response.getStatus(), body, location == null ? null : location.toString());
    return build(response.getStatus(), body, location == null ? null : location.toString(), false);
  }

  private Response replay(String key, String hash, Supplier<String> legacyHash) {
    Optional<IdempotencyKeys.Answer> stored = keys.answerOf(key);
    if (stored.isEmpty()) {
      throw new Problem(ProblemType.CONFLICT, "Another request with this Idempotency-Key is still running; retry in a moment");
    }
    IdempotencyKeys.Answer answer = stored.get();
    if (!hash.equals(answer.requestHash()) && !legacyHash.get().equals(answer.requestHash())) {
      throw new Problem(ProblemType.IDEMPOTENCY_KEY_REUSE, "This Idempotency-Key was already used with another request; use a new key for a new request");
    }
    return build(answer.status(), answer.body(), answer.location(), true);
  }

  /**
   * The answer as stored: status, JSON body and Location. Other headers of the first answer are not
   * kept, so idempotent endpoints must say everything in their body.
   */
  private static Response build(int status, String body, String location, boolean replayed) {
    Response.ResponseBuilder builder = Response.status(status);
    if (body != null) {
      builder.entity(body).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
    }
    if (location != null) {
      builder.header(HttpHeaders.LOCATION, location);
    }
    if (replayed) {
      builder.header("Idempotent-Replayed", "true");
    }
    return builder.build();
  }
}
