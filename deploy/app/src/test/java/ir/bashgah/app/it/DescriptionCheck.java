package ir.bashgah.app.it;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Holds every call the integration tests make under /api to the description the platform serves at
 * /openapi (swagger-request-validator), so that the description integrators build on cannot drift from
 * what the platform does: a call fails its test when its answer is not what the description promises
 * for that operation and status (an undocumented status, another shape, another media type, a field
 * of another type or null where the description does not allow it).
 *
 * <p>A request is checked too, with one rule for the tests that send bad input on purpose: a request
 * the description does not allow must be refused (4xx). Such a request is then judged by its answer
 * alone; a request the description refuses but the platform accepts fails, since then the description
 * or the platform is wrong. The one exception is an attacker's extra header or parameter that the
 * platform must ignore and answer as usual ({@link #deliberatelyOutside}). Requests written by hand on a socket ({@link RawHttp}) are not seen: they
 * send bytes no description covers; neither are OPTIONS and HEAD, which the HTTP layer answers for
 * every path.
 */
final class DescriptionCheck implements OrderedFilter {
  private static String loadedFrom;
  /** Set while a test sends, on purpose, what the description does not allow and the platform must ignore. */
  private static final ThreadLocal<Boolean> DELIBERATE = ThreadLocal.withInitial(() -> false);
  private static DescriptionCheck current;

  private final OpenApiInteractionValidator validator;

  private DescriptionCheck(String description) {
    this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(withoutPayaraEndpoints(description))
        // Accept is the client's preference: an answer of another type than the description names is
        // caught on the answer's side, and a 204 names none.
        .withLevelResolver(LevelResolver.create().withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE).build())
        .build();
  }

  /**
   * Loads the description once per platform node (the shared one, or a class's own) and puts the check
   * in front of every REST Assured call.
   */
  static synchronized void install(String root) {
    if (!root.equals(loadedFrom)) {
      RestAssured.replaceFiltersWith(List.of());
      String description = given().baseUri(root).accept("application/json").get("/openapi?format=JSON").then().statusCode(200).extract().asString();
      keep(description);
      current = new DescriptionCheck(description);
      loadedFrom = root;
    }
    RestAssured.replaceFiltersWith(current);
  }

  /**
   * Runs calls that carry, on purpose, something the description does not name (an attacker's extra
   * header or parameter that the platform must ignore): their answers are still checked, the
   * requests are not.
   */
  static void deliberatelyOutside(Runnable calls) {
    DELIBERATE.set(true);
    try {
      calls.run();
    } finally {
      DELIBERATE.set(false);
    }
  }

  /**
   * Payara Micro adds a top-level "endpoints" (its list of paths by context root) to every description
   * it serves, after any filter of ours has run; OpenAPI allows no such field, and the parser refuses
   * the whole document for it. It is the one thing taken out before the check: everything else must
   * be valid OpenAPI as served.
   */
  private static String withoutPayaraEndpoints(String description) {
    JsonObject document = Json.createReader(new StringReader(description)).readObject();
    return Json.createObjectBuilder(document).remove("endpoints").build().toString();
  }

  /** The description the tests ran against, kept beside the build's other reports for a reader. */
  private static void keep(String description) {
    try {
      Path target = Path.of("target");
      if (Files.isDirectory(target)) {
        Files.writeString(target.resolve("openapi.json"), description);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int getOrder() {
    // Last, so that the request is checked as it is sent, with the headers every other filter added.
    return OrderedFilter.LOWEST_PRECEDENCE;
  }

  @Override
  public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext ctx) {
    Response response = ctx.next(request, responseSpec);
    URI uri;
    try {
      uri = URI.create(request.getURI());
    } catch (IllegalArgumentException e) {
      // A probe's path with bytes no URI allows (sent unescaped on purpose): nothing to look up.
      return response;
    }
    if (uri.getRawPath() == null || !uri.getRawPath().startsWith("/api/")) {
      return response;
    }
    if (request.getMethod().equalsIgnoreCase("OPTIONS") || request.getMethod().equalsIgnoreCase("HEAD")) {
      // Answered by the HTTP layer for every path (allowed methods; a GET without its body), not operations of the API.
      return response;
    }
    ValidationReport report = validator.validate(asRequest(request, uri), RestAssuredResponse.of(response));
    // A request the platform refused, or one made outside the description on purpose, is judged by its answer.
    boolean requestExempt = response.statusCode() >= 400 && response.statusCode() < 500 || DELIBERATE.get();
    List<String> errors = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .filter(m -> !(requestExempt && m.getKey().startsWith("validation.request.")))
        .map(m -> m.getKey() + ": " + m.getMessage())
        .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new AssertionError("The call does not match the description served at /openapi: " + request.getMethod() + " " + uri.getRawPath()
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " -> " + response.statusCode() + " " + response.contentType()
          + "\n  " + String.join("\n  ", errors) + "\n  answer: " + abbreviated(response));
    }
    return response;
  }

  private static Request asRequest(FilterableRequestSpecification spec, URI uri) {
    SimpleRequest.Builder request = new SimpleRequest.Builder(spec.getMethod(), uri.getPath());
    Object body = spec.getBody();
    if (body instanceof byte[] bytes) {
      request.withBody(bytes);
    } else if (body != null) {
      request.withBody(body.toString());
    }
    spec.getHeaders().forEach(h -> request.withHeader(h.getName(), h.getValue()));
    if (spec.getContentType() != null) {
      request.withContentType(spec.getContentType());
    }
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        request.withQueryParam(name, value);
      }
    }
    return request.build();
  }

  private static String abbreviated(Response response) {
    String body = response.asString();
    return body.length() > 500 ? body.substring(0, 500) + "…" : body;
  }
}
