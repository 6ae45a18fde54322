package ir.bashgah.app.it;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import ir.bashgah.app.it.EdgeProbe.Answer;
import ir.bashgah.app.it.EdgeProbeRequests.Body;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The probes of every operation in the OpenAPI description: its path and query probes here, its body
 * and file probes by {@link EdgeBodyProbes}, all sent by {@link EdgeProbeRequests}.
 */
final class EdgeProbesOfTheDescription {
  /** Under 2,000 characters with the rest of the path, so that the request line stays far below the HTTP layer's 8 KB. */
  private static final String LONG_PATH_VALUE = "9".repeat(1_000) + "a".repeat(1_000);
  private static final int THREADS = 4;

  private final EdgeProbeClub club;
  private final Map<String, Map<String, Object>> description;
  private final EdgeProbeRequests requests;
  private final EdgeBodyProbes bodyProbes;
  int operations;
  int probedOperations;
  /** Operations with nothing to vary: no body, no path or query parameter. */
  final List<String> notProbed = new ArrayList<>();

  @SuppressWarnings("unchecked")
  EdgeProbesOfTheDescription(String root, Api api, String admin, EdgeProbeClub club) {
    this.club = club;
    JsonPath openapi = given().baseUri(root).accept("application/json").get("/openapi?format=JSON").then().statusCode(200).extract().jsonPath();
    this.description = openapi.getMap("paths");
    Map<String, Object> components = openapi.getMap("components");
    Map<String, Object> schemas = components == null ? Map.of() : (Map<String, Object>) components.getOrDefault("schemas", Map.of());
    this.requests = new EdgeProbeRequests(root, api, admin, club);
    this.bodyProbes = new EdgeBodyProbes(requests, club, schemas);
  }

  @SuppressWarnings("unchecked")
  List<EdgeProbe> generate() {
    List<EdgeProbe> probes = new ArrayList<>();
    for (var path : new java.util.TreeMap<>(description).entrySet()) {
      for (var op : path.getValue().entrySet()) {
        String method = op.getKey().toUpperCase(Locale.ROOT);
        if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        operations++;
        int before = probes.size();
        Map<String, Object> operation = (Map<String, Object>) op.getValue();
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        Map<String, Object> content = requestContent(operation);
        String accept = accept(operation);
        String template = path.getKey();
        Map<String, String> real = new LinkedHashMap<>();
        for (Map<String, Object> p : parameters) {
          if ("path".equals(p.get("in"))) {
            real.put((String) p.get("name"), club.pathValue(template, (String) p.get("name")));
          }
        }
        String concrete = fill(template, real);
        // What the path and query probes send as the body: a plausible one, so that only the parameter is at fault.
        Body base = null;
        if (content != null) {
          // The type a body is sent as: the first the operation names (a wildcard, from @Consumes(*/*), names none).
          String mediaType = content.keySet().stream().filter(t -> !t.contains("*")).findFirst().orElse("application/json");
          if (isJson(mediaType)) {
            Map<String, Object> media = (Map<String, Object>) content.getOrDefault(mediaType, content.values().iterator().next());
            Map<String, Object> schema = (Map<String, Object>) media.get("schema");
            bodyProbes.bodyProbes(probes, method, template, concrete, accept, schema);
            base = new Body("application/json", BrokenJson.write(bodyProbes.build(schema, null, concrete, null, new int[1], 0)).getBytes(StandardCharsets.UTF_8));
          } else {
            bodyProbes.fileProbes(probes, method, template, concrete, accept, content.keySet());
            // A file that can never be imported, so that nothing is stored whatever the parameter says.
            base = new Body("text/csv", EdgeBodyProbes.UNIMPORTABLE);
          }
        }
        Body body = base;
        // A path parameter of 2,000 characters, one parameter at a time, the others real.
        for (String name : real.keySet()) {
          Map<String, String> values = new LinkedHashMap<>(real);
          values.put(name, LONG_PATH_VALUE);
          String target = fill(template, values);
          probes.add(new EdgeProbe(method, template, "path " + name + "=<2,000 characters>", false, () -> requests.send(method, target, accept, body, Map.of())));
        }
        for (Map<String, Object> p : parameters) {
          if ("query".equals(p.get("in"))) {
            queryProbes(probes, method, template, concrete, accept, body, p);
          }
        }
        if (probes.size() > before) {
          probedOperations++;
        } else {
          notProbed.add(method + " " + template);
        }
      }
    }
    return probes;
  }

  /**
   * Query parameters. page and size must be refused for every probe (0 to 10,000,000 and 1 to 200,
   * docs/security.md); so must a parameter declared as a number, and any parameter of an operation
   * that is not a GET (it would store something). A text parameter of a GET is a filter: a value
   * that matches nothing is a valid question answered with nothing (2xx), but never a 5xx.
   */
  @SuppressWarnings("unchecked")
  private void queryProbes(List<EdgeProbe> probes, String method, String template, String path, String accept, Body body, Map<String, Object> parameter) {
    String name = (String) parameter.get("name");
    Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
    boolean paging = name.equals("page") || name.equals("size");
    boolean number = "integer".equals(schema.get("type")) || "number".equals(schema.get("type"));
    boolean may2xx = !paging && !number && method.equals("GET");
    List<String> values = new ArrayList<>(List.of("999999999", "-1", "abc", "q".repeat(5_000)));
    if (paging) {
      values.addAll(List.of("2147483648", "9223372036854775808"));
    }
    for (String value : values) {
      String shown = value.length() > 40 ? "<" + value.length() + " characters>" : value;
      probes.add(new EdgeProbe(method, template, "query " + name + "=" + shown, may2xx, () -> requests.send(method, path, accept, body, Map.of(name, value))));
    }
  }

  /** Sends every probe over a few threads and answers the failures, each as METHOD path probe -> status body. */
  List<String> send(List<EdgeProbe> probes) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (EdgeProbe p : probes) {
        done.add(pool.submit(() -> {
          String verdict;
          String answer;
          try {
            Answer r = p.send().get();
            verdict = p.expect(r);
            answer = r.toString();
          } catch (RuntimeException e) {
            verdict = "no answer";
            answer = e.toString();
          }
          String line = p.method() + " " + p.path() + " " + p.what() + " -> " + (verdict == null ? "" : verdict + ": ") + answer;
          // Every answer goes to the test's output (target/failsafe-reports), so a green run still shows what each probe met.
          System.out.println((verdict == null ? "ok   " : "FAIL ") + line.replace('\n', ' '));
          if (verdict != null) {
            failures.add(line);
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<String> sorted = new ArrayList<>(failures);
    Collections.sort(sorted);
    return sorted;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> requestContent(Map<String, Object> operation) {
    Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
    return body == null ? null : (Map<String, Object>) body.get("content");
  }

  /** What to accept: JSON where the operation answers it, anything for downloads (their errors are still problem+json). */
  @SuppressWarnings("unchecked")
  private static String accept(Map<String, Object> operation) {
    Map<String, Object> responses = (Map<String, Object>) operation.getOrDefault("responses", Map.of());
    for (Object response : responses.values()) {
      Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response).get("content");
      if (content != null && content.keySet().stream().noneMatch(t -> isJson(t) || t.equals("*/*"))) {
        return "*/*";
      }
    }
    return "application/json";
  }

  private static boolean isJson(String mediaType) {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  private static String fill(String template, Map<String, String> values) {
    String path = template;
    for (var e : values.entrySet()) {
      path = path.replace("{" + e.getKey() + "}", e.getValue());
    }
    return path;
  }
}
