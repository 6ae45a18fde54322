package ir.bashgah.web.problem;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.problem.FieldError;
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
