package ir.bashgah.web.problem;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.problem.ProblemType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** problem+json written by servlet code (filters, error pages) that runs outside JAX-RS. */
public final class ServletProblems {
  private static final Jsonb JSON = JsonbBuilder.create();

  private ServletProblems() {}

  public static void write(HttpServletRequest request, HttpServletResponse response, int status, ProblemType type, String detail) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri());
    body.put("title", prefersPersian(request) ? type.titleFa() : type.title());
    body.put("status", status);
    body.put("detail", detail);
    String requestId = CallContext.current().requestId();
    if (requestId != null) {
      body.put("requestId", requestId);
    }
    byte[] bytes = JSON.toJson(body).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(ProblemResponses.PROBLEM_JSON.toString());
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static boolean prefersPersian(HttpServletRequest request) {
    Locale first = request.getLocale();
    String header = request.getHeader("Accept-Language");
    return header != null && first != null && "fa".equals(first.getLanguage());
  }
}
