package ir.bashgah.app.it;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One request and the rule its answer is held to. {@code may2xx} is true only for the probes that
 * can legitimately be a valid request (see {@link EdgeProbesOfTheDescription}); everything else must be 4xx.
 */
record EdgeProbe(String method, String path, String what, boolean may2xx, int exact, Supplier<Answer> send) {
  private static final List<String> FRAMEWORK_NAMES = List.of("payara", "jersey", "grizzly", "eclipselink", "yasson", "glassfish", "java.", "jakarta.");
  /** A fully qualified Java class name (ir.bashgah.pos.web.InvoiceForm, java.lang.Long): no answer names one. */
  private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*");

  EdgeProbe(String method, String path, String what, boolean may2xx, Supplier<Answer> send) {
    this(method, path, what, may2xx, 0, send);
  }

  /** The same probe, held to one status exactly. */
  EdgeProbe exactly(int status) {
    return new EdgeProbe(method, path, what, may2xx, status, send);
  }

  /** Why the answer breaks the promise, or null when it keeps it. */
  String expect(Answer r) {
    int status = r.status();
    String type = r.contentType();
    String lower = r.body().toLowerCase(Locale.ROOT);
    for (String name : FRAMEWORK_NAMES) {
      if (lower.contains(name)) {
        return "names the framework (" + name + ")";
      }
    }
    // In errors only: a successful answer may carry a token or a QR payload, where such a pattern could turn up by chance.
    java.util.regex.Matcher className = CLASS_NAME.matcher(r.body());
    if (status >= 400 && className.find()) {
      return "names a Java class (" + className.group() + ")";
    }
    if (status >= 500) {
      return "a server error";
    }
    if (status >= 200 && status < 300) {
      return may2xx ? null : "succeeded where it must be refused";
    }
    if (status < 400 || status >= 500) {
      return "neither 2xx nor 4xx";
    }
    if (!type.startsWith("application/problem+json")) {
      return "a " + status + " that is not problem+json";
    }
    String problemType;
    try {
      problemType = JsonPath.from(r.body()).getString("type");
    } catch (RuntimeException e) {
      problemType = null;
    }
    if (problemType == null || !problemType.startsWith(Problems.BASE)) {
      return "a problem without a type of ours";
    }
    if (exact != 0 && status != exact) {
      return "answered " + status + " where docs/security.md says " + exact;
    }
    return null;
  }

  /** An answer as the probes judge it: status, Content-Type (empty when none) and body (a placeholder for images). */
  record Answer(int status, String contentType, String body) {
    static Answer of(Response r) {
      String type = r.getContentType() == null ? "" : r.getContentType();
      return new Answer(r.statusCode(), type, type.startsWith("image/") ? "<" + type + ">" : r.asString());
    }

    static Answer of(RawHttp.Answer r) {
      String type = r.header("Content-Type");
      return new Answer(r.status(), type == null ? "" : type, r.body());
    }

    @Override
    public String toString() {
      return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
  }
}
