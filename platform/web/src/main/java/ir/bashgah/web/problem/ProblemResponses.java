package ir.bashgah.web.problem;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** RFC 9457 problem+json bodies, titled in Persian when the caller prefers it, in English otherwise. */
public final class ProblemResponses {
  public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

  private ProblemResponses() {}

  /** The answer to a thrown Problem, with Retry-After when the problem advises waiting. */
  public static Response of(Problem problem, HttpHeaders headers) {
    Response response = of(problem.type(), problem.detail(), problem.errors(), headers);
    if (problem.retryAfterSeconds() > 0) {
      response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfterSeconds()));
    }
    if (problem.type() == ProblemType.PAYLOAD_TOO_LARGE) {
      // The rest of the body is not wanted: close rather than read megabytes only to throw them away.
      response.getHeaders().putSingle("Connection", "close");
    }
    return response;
  }

  public static Response of(ProblemType type, String detail, List<FieldError> errors, HttpHeaders headers) {
    return of(type.status(), type, detail, errors, headers);
  }

  /** {@code status} may differ from the type's usual one for generic types (a 405 is still "not allowed"). */
  public static Response of(int status, ProblemType type, String detail, List<FieldError> errors, HttpHeaders headers) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri());
    body.put("title", prefersPersian(headers) ? type.titleFa() : type.title());
    body.put("status", status);
    body.put("detail", detail);
    String requestId = CallContext.current().requestId();
    if (requestId != null) {
      body.put("requestId", requestId);
    }
    if (errors != null && !errors.isEmpty()) {
      body.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
    }
    return Response.status(status).type(PROBLEM_JSON).entity(body).build();
  }

  private static boolean prefersPersian(HttpHeaders headers) {
    if (headers == null) {
      return false;
    }
    try {
      List<Locale> languages = headers.getAcceptableLanguages();
      return !languages.isEmpty() && "fa".equals(languages.get(0).getLanguage());
    } catch (RuntimeException e) {
      return false;
    }
  }
}
