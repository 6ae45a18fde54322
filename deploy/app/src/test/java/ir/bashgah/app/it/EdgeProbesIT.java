package ir.bashgah.app.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The edge probes of the security issue, generated from the OpenAPI description so that every
 * operation, a new one included, gets them (docs/security.md: every bad input is a 4xx
 * application/problem+json, never a 500, and nothing is stored).
 *
 * <p>One club on PREMIUM (every feature on) is filled with real data (a branch and a terminal, members
 * with cards, a PIN, credit and points, an invoice, a redemption, a group, a category, a card type, a
 * tag, a note, a staff user, a member import), so that the path parameters of almost every operation
 * name something that exists ({@link Club#pathValue}) and a probe reaches the checks of the body or
 * the query rather than a 404. Each probe is sent with the credentials of its path (the platform
 * admin under /platform/, the terminal's key under /pos/, the owner elsewhere), a fresh
 * Idempotency-Key and a client address of its own. The rules, per kind of probe:
 *
 * <table>
 *   <tr><th>probe</th><th>must answer</th></tr>
 *   <tr><td>JSON body over 1 MB</td><td>413 exactly (edge limit)</td></tr>
 *   <tr><td>array nested 10,000 deep</td><td>400 exactly (edge limit)</td></tr>
 *   <tr><td>body from the schema, every string a lone surrogate "\udc00"</td><td>400 exactly (edge limit)</td></tr>
 *   <tr><td>body from the schema, every number 2^63 - 1, -2^63 or 1e999999999; every boolean 0.5,
 *       "true" or -1; every array 10,000 elements (each kind a probe of its own, sent only where the
 *       schema has such a property)</td><td>4xx: 400 where strict types or the edge refuse it, 422 where
 *       a field's rule does, 404/409 where it is checked against data</td></tr>
 *   <tr><td>{}, null, [] as the whole body</td><td>4xx; {} may succeed for a PATCH (a change with nothing
 *       in it); not sent where {} is a valid write ({@link #EMPTY_BODY_IS_A_VALID_WRITE})</td></tr>
 *   <tr><td>a path parameter of 2,000 characters (one probe per parameter, the others real)</td><td>4xx</td></tr>
 *   <tr><td>each query parameter as 999999999, -1, abc, 5,000 characters; page and size also as
 *       2147483648 and 9223372036854775808</td><td>4xx for page and size (0 to 10,000,000 and 1 to 200),
 *       for parameters declared as numbers and for every operation but GET; a text parameter of a GET is
 *       a filter, and a filter that matches nothing may answer 2xx</td></tr>
 *   <tr><td>file uploads (text/csv, XLSX): a JSON body; an empty, a non-UTF-8, a column-less file, no
 *       workbook; a file announced as over 512 MiB</td><td>415 exactly; 4xx; 422 exactly and at once</td></tr>
 * </table>
 *
 * Every 4xx is application/problem+json with a type of ours; no answer names a framework
 * (payara, jersey, grizzly, eclipselink, yasson, glassfish, java., jakarta.) and no error names a Java
 * class; nothing is a 5xx; everything is answered within 30 seconds. After all probes the club is
 * exactly as before ({@link Club#snapshot}: balances, ledgers, members, cards, staff, branches,
 * terminals, catalogues, programmes, imports, tenants, feature overrides) and the ledger check finds
 * no difference. All failures are collected and reported in one assertion, one line each:
 * {@code METHOD path probe -> why: status type body}; every probe's answer is printed to the test's
 * output.
 *
 * <p>Not probed: operations without a body, a path or a query parameter (nothing to vary: GET /branches,
 * POST /auth/logout, ...; the output lists them), header and cookie parameters (the HTTP layer bounds
 * headers, docs/security.md; the Idempotency-Key's own rule is PosBadInputIT's), and the content of
 * binary downloads (qr.png, errors.csv), which get their path and query probes with Accept: *&#47;*.
 */
class EdgeProbesIT extends RunningPlatform {
  private static final String API = "/api/v1";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final List<String> FRAMEWORK_NAMES = List.of("payara", "jersey", "grizzly", "eclipselink", "yasson", "glassfish", "java.", "jakarta.");
  private static final String LONG_MAX = "9223372036854775807";
  private static final String LONG_MIN = "-9223372036854775808";
  private static final String HUGE_EXPONENT = "1e999999999";
  /** Under 2,000 characters with the rest of the path, so that the request line stays far below the HTTP layer's 8 KB. */
  private static final String LONG_PATH_VALUE = "9".repeat(1_000) + "a".repeat(1_000);
  private static final int THREADS = 4;
  private static final String OVER_A_MEGABYTE = "{\"probe\":\"" + "x".repeat(1_100_000) + "\"}";
  private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
  /** A CSV without the required columns: whatever else a probe sends with it, no import can start from it. */
  private static final byte[] UNIMPORTABLE = "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8);
  /** A fully qualified Java class name (ir.bashgah.pos.web.InvoiceForm, java.lang.Long): no answer names one. */
  private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*");
  /**
   * Operations where {} (and null, read as no body) is a valid request that stores something, so it
   * is no probe: POST /members/{memberCode}/cards issues a STANDARD card when no type is given
   * (docs/cards.md: {"type"?}). Elsewhere {} must be refused, except by a PATCH, where it is a change
   * with nothing in it and answers the resource unchanged.
   */
  private static final Set<String> EMPTY_BODY_IS_A_VALID_WRITE = Set.of("POST " + API + "/members/{memberCode}/cards");

  @Test
  void everyOperationOfTheDescriptionAnswersEveryEdgeProbeWith4xxProblemJsonAndChangesNothing() throws Exception {
    probeEverything("edge-probes");
  }

  /** Sets up the club {@code slug}, sends every probe, and asserts that all of them kept the promise and changed nothing. */
  void probeEverything(String slug) throws Exception {
    Club club = Club.create(api, admin, slug);
    Probes probes = new Probes(root(), api, admin, club);
    Map<String, String> before = club.snapshot();

    List<Probe> all = probes.generate();
    List<String> failures = probes.send(all);
    System.out.println("EdgeProbesIT: " + probes.operations + " operations, " + probes.probedOperations + " probed, " + all.size() + " probes, "
        + failures.size() + " failures; nothing to vary in " + probes.notProbed);

    Map<String, String> after = club.snapshot();
    for (String what : before.keySet()) {
      if (!before.get(what).equals(after.get(what))) {
        failures.add("CHANGED " + what + ": " + before.get(what) + " -> " + after.get(what));
      }
    }
    JsonPath check = api.as(club.owner).post("/ledger/checks").then().statusCode(200).extract().jsonPath();
    if (check.getLong("differences") != 0) {
      failures.add("LEDGER CHECK differences " + check.prettify());
    }
    assertThat(failures).as(failures.size() + " probes failed:\n" + String.join("\n", failures)).isEmpty();
    assertThat(all.size()).isGreaterThan(400);
  }

  /** The club the probes run against, with the values its path parameters take. */
  static final class Club {
    static final String PIN = "1357";
    final Api api;
    final String admin;
    final String slug;
    String owner;
    String terminalKey;
    String terminalId;
    String member;
    String otherMember;
    String card;
    String redemption;
    String importId;
    String ownerSession;
    String staffSession;
    String job;

    private Club(Api api, String admin, String slug) {
      this.api = api;
      this.admin = admin;
      this.slug = slug;
    }

    static Club create(Api api, String admin, String slug) {
      Club c = new Club(api, admin, slug);
      c.owner = api.createTenant(admin, slug, "PREMIUM");
      String o = c.owner;
      api.as(o).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
      c.terminalKey = api.createTerminal(o, "b1", "till");
      c.terminalId = api.as(o).get("/branches/b1/terminals").then().statusCode(200).extract().path("[0].terminalId");
      api.as(o).body(Map.of("code", "g1", "name", "Group one")).post("/member-groups").then().statusCode(201);
      api.as(o).body(Map.of("code", "c1", "name", "Category one")).post("/member-categories").then().statusCode(201);
      api.as(o).body(Map.of("code", "t1", "name", "Gold card", "validityMonths", 24)).post("/card-types").then().statusCode(201);
      var m = api.as(o).body(Map.of("firstName", "Sara", "lastName", "Mohammadi", "mobile", "09121110001", "group", "g1", "category", "c1"))
          .post("/members").then().statusCode(201).extract().jsonPath();
      c.member = m.getString("memberCode");
      c.card = m.getString("cardNumber");
      c.otherMember = api.register(o, "Reza", "Karimi", "09121110002");
      for (String code : List.of(c.member, c.otherMember)) {
        api.as(o).body(Map.of("pin", PIN)).put("/members/" + code + "/pin").then().statusCode(204);
      }
      api.as(o).body(Map.of("type", "t1")).post("/members/" + c.member + "/cards").then().statusCode(201);
      api.as(o).put("/members/" + c.member + "/tags/vip").then().statusCode(200);
      api.as(o).body(Map.of("text", "called about the card", "kind", "call")).post("/members/" + c.member + "/notes").then().statusCode(201);
      c.adjust(c.member, "CREDIT", 500_000);
      c.adjust(c.member, "POINTS", 5_000);
      c.adjust(c.otherMember, "CREDIT", 1_000);
      api.terminal(c.terminalKey).header("Idempotency-Key", "setup-invoice").body(Map.of("invoiceNumber", "INV-1", "memberCode", c.member,
          "issuedAt", OffsetDateTime.now(ZoneOffset.ofHoursMinutes(3, 30)).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS).toString(),
          "lines", List.of(Map.of("sku", "LAT", "productGroup", "drinks", "quantity", 2, "unitPrice", 450_000)),
          "payments", List.of(Map.of("method", "CASH", "amount", 900_000)))).post("/pos/invoices").then().statusCode(201);
      c.redemption = api.terminal(c.terminalKey).header("Idempotency-Key", "setup-redemption").body(Map.of("memberCode", c.member, "amount", 1_000, "pin", PIN))
          .post("/pos/redemptions").then().statusCode(201).extract().path("redemptionId");
      api.staff(o, slug, "cashier1", "cashier", "b1");
      c.staffSession = api.as(o).get("/staff/cashier1/sessions").then().statusCode(200).extract().path("[0].id");
      c.ownerSession = api.as(o).get("/auth/sessions").then().statusCode(200).extract().path("find { it.current }.id");
      c.job = api.as(admin).get("/platform/jobs").then().statusCode(200).extract().path("[0].name");
      // One import with a good row and a bad one, so that its errors have something to page through.
      String csv = "firstName,lastName,mobile\nImported,Member,09121110003\nBad,Row,123\n";
      c.importId = api.as(o).config(rawBodies()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/member-imports?name=seed.csv")
          .then().statusCode(202).extract().path("id");
      Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
          () -> "DONE".equals(api.as(o).get("/member-imports/" + c.importId).then().extract().path("status")));
      return c;
    }

    private void adjust(String code, String asset, long amount) {
      api.as(owner).header("Idempotency-Key", "setup-" + code + "-" + asset).body(Map.of("asset", asset, "amount", amount, "reason", "opening"))
          .post("/members/" + code + "/adjustments").then().statusCode(201);
    }

    /** A real value for a path parameter of {@code path}, by its name; a junk value for names nothing is known of. */
    String pathValue(String path, String name) {
      return switch (name) {
        case "memberCode" -> member;
        case "cardNumber" -> card;
        case "tag" -> "vip";
        case "redemptionId" -> redemption;
        case "username" -> "cashier1";
        case "slug" -> slug;
        case "terminalId" -> terminalId;
        case "name" -> path.startsWith(API + "/platform/jobs/") ? job : "zz-unknown";
        case "id" -> path.startsWith(API + "/member-imports/") ? importId
            : path.startsWith(API + "/staff/") ? staffSession
            : path.startsWith(API + "/auth/sessions/") ? ownerSession : "zz-unknown";
        case "code" -> path.startsWith(API + "/branches/") ? "b1"
            : path.startsWith(API + "/member-groups/") ? "g1"
            : path.startsWith(API + "/member-categories/") ? "c1"
            : path.startsWith(API + "/card-types/") ? "t1"
            : path.startsWith(API + "/programmes/") ? "default"
            : path.contains("/features/") ? "B2" : "zz-unknown";
        default -> "zz-unknown";
      };
    }

    /**
     * A plausible value for a string property of a request body, by its name, so that a probe that
     * changes one kind of value leaves the rest as a real request would send them.
     */
    Object bodyValue(String path, String property) {
      return switch (property) {
        case "memberCode" -> member;
        case "to" -> otherMember;
        case "cardNumber" -> card;
        case "pin" -> PIN;
        case "issuedAt" -> OffsetDateTime.now(ZoneOffset.ofHoursMinutes(3, 30)).truncatedTo(ChronoUnit.SECONDS).toString();
        case "asset" -> "POINTS";
        case "method" -> "CASH";
        case "invoiceNumber" -> path.endsWith("/returns") ? "INV-1" : "PROBE-INV";
        case "returnNumber" -> "PROBE-RET";
        case "programme", "programmeCode" -> "default";
        case "group", "memberGroup" -> "g1";
        case "category" -> "c1";
        case "type" -> "t1";
        case "branch" -> "b1";
        case "role" -> "cashier";
        case "plan" -> "PREMIUM";
        case "tenant" -> slug;
        case "username" -> "probe-user";
        case "password", "newPassword" -> "Probe-pass-2026";
        case "currentPassword" -> "Not-the-password-1";
        case "mobile" -> "09121119999";
        case "kind" -> path.contains("/notes") ? "call" : "x";
        case "sku" -> "LAT";
        case "productGroup" -> "drinks";
        case "saleType" -> "in-store";
        case "otp" -> "123456";
        case "code", "slug" -> "zz1";
        default -> "x";
      };
    }

    /** What the probes must leave as it was. */
    Map<String, String> snapshot() {
      Map<String, String> s = new LinkedHashMap<>();
      for (String code : List.of(member, otherMember)) {
        s.put("balance " + code, api.as(owner).get("/members/" + code + "/balance").then().statusCode(200).extract().asString());
        s.put("ledger " + code, api.as(owner).get("/members/" + code + "/ledger?size=200").then().statusCode(200).extract().path("total").toString());
        s.put("cards " + code, api.as(owner).get("/members/" + code + "/cards").then().statusCode(200).extract().jsonPath().getList("collect { it.cardNumber + ' ' + it.status }").toString());
        JsonPath m = api.as(owner).get("/members/" + code).then().statusCode(200).extract().jsonPath();
        s.put("member " + code, java.util.stream.Stream.of("firstName", "lastName", "mobile", "group", "category", "active", "creditActive", "tags")
            .map(f -> f + "=" + m.getString(f)).toList().toString());
      }
      s.put("members", api.as(owner).get("/members").then().statusCode(200).extract().header("X-Total-Count"));
      s.put("notes", api.as(owner).get("/members/" + member + "/notes").then().statusCode(200).extract().path("total").toString());
      s.put("staff", api.as(owner).get("/staff").then().statusCode(200).extract().jsonPath().getList("collect { it.username + ' ' + it.role + ' ' + it.branch + ' ' + it.active }").toString());
      s.put("branches", api.as(owner).get("/branches").then().statusCode(200).extract().jsonPath().getList("code").toString());
      s.put("terminals", api.as(owner).get("/branches/b1/terminals").then().statusCode(200).extract().jsonPath().getList("collect { it.terminalId + ' ' + it.active }").toString());
      for (String catalogue : List.of("/member-groups", "/member-categories", "/card-types")) {
        s.put(catalogue, api.as(owner).get(catalogue).then().statusCode(200).extract().jsonPath().getList("collect { it.code + ' ' + it.name }").toString());
      }
      s.put("programmes", api.as(owner).get("/programmes").then().statusCode(200).extract().jsonPath().getList("collect { it.code + ' ' + it.version + ' ' + it.isDefault }").toString());
      s.put("imports", api.as(owner).get("/member-imports").then().statusCode(200).extract().path("total").toString());
      s.put("tenants", api.as(admin).get("/platform/tenants").then().statusCode(200).extract().jsonPath().getList("collect { it.slug + ' ' + it.plan + ' ' + it.status + ' ' + it.name }").toString());
      s.put("features", api.as(admin).get("/platform/tenants/" + slug + "/features").then().statusCode(200).extract().jsonPath().getList("collect { it.code + ' ' + it.enabled + ' ' + it.overridden }").toString());
      return s;
    }
  }

  /**
   * One request and the rule its answer is held to. {@code may2xx} is true only for the probes that
   * can legitimately be a valid request (see {@link Probes}); everything else must be 4xx.
   */
  record Probe(String method, String path, String what, boolean may2xx, int exact, Supplier<Answer> send) {
    Probe(String method, String path, String what, boolean may2xx, Supplier<Answer> send) {
      this(method, path, what, may2xx, 0, send);
    }

    /** The same probe, held to one status exactly. */
    Probe exactly(int status) {
      return new Probe(method, path, what, may2xx, status, send);
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

  /** The probes of every operation in the OpenAPI description. */
  static final class Probes {
    private final String root;
    private final Api api;
    private final String admin;
    private final Club club;
    private final Map<String, Map<String, Object>> description;
    private final Map<String, Object> schemas;
    private final AtomicInteger keys = new AtomicInteger();
    int operations;
    int probedOperations;
    /** Operations with nothing to vary: no body, no path or query parameter. */
    final List<String> notProbed = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Probes(String root, Api api, String admin, Club club) {
      this.root = root;
      this.api = api;
      this.admin = admin;
      this.club = club;
      JsonPath openapi = given().baseUri(root).accept("application/json").get("/openapi?format=JSON").then().statusCode(200).extract().jsonPath();
      this.description = openapi.getMap("paths");
      Map<String, Object> components = openapi.getMap("components");
      this.schemas = components == null ? Map.of() : (Map<String, Object>) components.getOrDefault("schemas", Map.of());
    }

    @SuppressWarnings("unchecked")
    List<Probe> generate() {
      List<Probe> probes = new ArrayList<>();
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
              bodyProbes(probes, method, template, concrete, accept, schema);
              base = new Body("application/json", Json.write(build(schema, null, concrete, null, new int[1], 0)).getBytes(StandardCharsets.UTF_8));
            } else {
              fileProbes(probes, method, template, concrete, accept, content.keySet());
              // A file that can never be imported, so that nothing is stored whatever the parameter says.
              base = new Body("text/csv", UNIMPORTABLE);
            }
          }
          Body body = base;
          // A path parameter of 2,000 characters, one parameter at a time, the others real.
          for (String name : real.keySet()) {
            Map<String, String> values = new LinkedHashMap<>(real);
            values.put(name, LONG_PATH_VALUE);
            String target = fill(template, values);
            probes.add(new Probe(method, template, "path " + name + "=<2,000 characters>", false, () -> send(method, target, accept, body, Map.of())));
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
     * The body probes of a JSON operation. Each must be refused: the edge limits answer 413 (over
     * 1 MB) and 400 (nested too deep, a lone surrogate) exactly; strict types answer 400 for
     * 1e999999999 and booleans that are not true or false, where a field's own rules may answer 422
     * instead (fields that take any JSON value); the rest is a 4xx of the endpoint's choosing (400 or
     * 422 for what is out of range or missing, 404 or 409 where it is checked against data). {} may
     * succeed only for PATCH, a partial change with nothing in it.
     */
    private void bodyProbes(List<Probe> probes, String method, String template, String path, String accept, Map<String, Object> schema) {
      probes.add(new Probe(method, template, "body over 1 MB", false, () -> send(method, path, accept, OVER_A_MEGABYTE, "application/json", Map.of()))
          .exactly(413));
      probes.add(new Probe(method, template, "array nested 10,000 deep", false, () -> send(method, path, accept, DEEP, "application/json", Map.of()))
          .exactly(400));
      for (Kind kind : Kind.values()) {
        int[] touched = {0};
        String body = Json.write(build(schema, null, path, kind, touched, 0));
        if (touched[0] == 0) {
          continue;
        }
        Probe probe = new Probe(method, template, kind.label, false, () -> send(method, path, accept, body, "application/json", Map.of()));
        probes.add(kind == Kind.SURROGATE ? probe.exactly(400) : probe);
      }
      if (!EMPTY_BODY_IS_A_VALID_WRITE.contains(method + " " + template)) {
        probes.add(new Probe(method, template, "body {}", method.equals("PATCH"), () -> send(method, path, accept, "{}", "application/json", Map.of())));
        probes.add(new Probe(method, template, "body null", false, () -> send(method, path, accept, "null", "application/json", Map.of())));
      }
      probes.add(new Probe(method, template, "body []", false, () -> send(method, path, accept, "[]", "application/json", Map.of())));
    }

    /**
     * Uploads of files (member imports take text/csv or XLSX, docs/member-import.md): the JSON probes
     * would all be refused by the type alone (415), telling nothing, so they get files of their own
     * kind that must be refused with nothing recorded: empty, not UTF-8 (an encoded lone surrogate),
     * not a workbook, a header without the required columns, and a file announced as larger than the
     * 512 MiB limit, which must be refused at once rather than after reading half a gigabyte. A JSON
     * body is answered 415.
     */
    private void fileProbes(List<Probe> probes, String method, String template, String path, String accept, Set<String> types) {
      probes.add(new Probe(method, template, "file sent as application/json", false, () -> send(method, path, accept, "{}", "application/json", Map.of()))
          .exactly(415));
      if (types.contains("text/csv")) {
        probes.add(new Probe(method, template, "csv empty", false, () -> sendBytes(method, path, accept, new byte[0], "text/csv")));
        byte[] notUtf8 = {'f', 'i', 'r', 's', 't', 'N', 'a', 'm', 'e', '\n', (byte) 0xED, (byte) 0xB0, (byte) 0x80, '\n'};
        probes.add(new Probe(method, template, "csv with a lone surrogate (not UTF-8)", false, () -> sendBytes(method, path, accept, notUtf8, "text/csv")));
        probes.add(new Probe(method, template, "csv without the required columns", false, () -> sendBytes(method, path, accept, UNIMPORTABLE, "text/csv")));
      }
      if (types.contains(XLSX)) {
        probes.add(new Probe(method, template, "xlsx that is no workbook", false,
            () -> sendBytes(method, path, accept, "not a workbook".getBytes(StandardCharsets.UTF_8), XLSX)));
      }
      String type = types.contains("text/csv") ? "text/csv" : XLSX;
      probes.add(new Probe(method, template, "file announced as 512 MiB + 1 byte", false, () -> announced(method, path, (512L << 20) + 1, type)).exactly(422));
    }

    /**
     * Query parameters. page and size must be refused for every probe (0 to 10,000,000 and 1 to 200,
     * docs/security.md); so must a parameter declared as a number, and any parameter of an operation
     * that is not a GET (it would store something). A text parameter of a GET is a filter: a value
     * that matches nothing is a valid question answered with nothing (2xx), but never a 5xx.
     */
    @SuppressWarnings("unchecked")
    private void queryProbes(List<Probe> probes, String method, String template, String path, String accept, Body body, Map<String, Object> parameter) {
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
        probes.add(new Probe(method, template, "query " + name + "=" + shown, may2xx, () -> send(method, path, accept, body, Map.of(name, value))));
      }
    }

    /** The credentials of an operation: the platform admin's under /platform/, the terminal's under /pos/, the owner's elsewhere. */
    private RequestSpecification request(String path, String accept) {
      RequestSpecification r = given().baseUri(root).config(PROBE_CONFIG).urlEncodingEnabled(false).accept(accept)
          .header("X-Forwarded-For", api.elsewhere().clientAddress())
          .header("Idempotency-Key", "probe-" + keys.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8));
      if (path.startsWith(API + "/platform/")) {
        r.header("Authorization", "Bearer " + admin);
      } else if (path.startsWith(API + "/pos/")) {
        r.header("Authorization", "ApiKey " + club.terminalKey);
      } else if (!path.equals(API + "/auth/login")) {
        r.header("Authorization", "Bearer " + club.owner);
      }
      return r;
    }

    private Answer send(String method, String path, String accept, String body, String contentType, Map<String, String> query) {
      return send(method, path, accept, new Body(contentType, body.getBytes(StandardCharsets.UTF_8)), query);
    }

    private Answer sendBytes(String method, String path, String accept, byte[] body, String contentType) {
      return send(method, path, accept, new Body(contentType, body), Map.of());
    }

    private Answer send(String method, String path, String accept, Body body, Map<String, String> query) {
      RequestSpecification r = request(path, accept);
      if (body != null) {
        r.contentType(body.contentType()).body(body.bytes());
      }
      return Answer.of(r.request(method, path + queryString(query)));
    }

    /** A body announced by Content-Length as {@code length} bytes of which only the first few arrive: it must be answered without waiting for the rest. */
    private Answer announced(String method, String path, long length, String contentType) {
      try {
        RawHttp.Answer a = new RawHttp(new URL(root + "/")).send(method + " " + path + " HTTP/1.1\r\nAuthorization: Bearer " + club.owner
            + "\r\nContent-Type: " + contentType + "\r\nIdempotency-Key: probe-announced\r\nContent-Length: " + length,
            "firstName,lastName,mobile\n".getBytes(StandardCharsets.UTF_8));
        return Answer.of(a);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("no answer: " + e, e);
      }
    }

    private static String queryString(Map<String, String> query) {
      StringBuilder q = new StringBuilder();
      for (var e : query.entrySet()) {
        q.append(q.length() == 0 ? "?" : "&").append(e.getKey()).append('=').append(e.getValue());
      }
      return q.toString();
    }

    /** Sends every probe over a few threads and answers the failures, each as METHOD path probe -> status body. */
    List<String> send(List<Probe> probes) throws InterruptedException {
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      try {
        List<Future<?>> done = new ArrayList<>();
        for (Probe p : probes) {
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

    /**
     * A body from a schema: every property with a plausible value ({@link Club#bodyValue}), except
     * those of {@code kind}, which get its edge value; {@code touched} counts them. A free-form
     * object (no properties declared) at the top gets one property of the kind.
     */
    @SuppressWarnings("unchecked")
    private Object build(Map<String, Object> schema, String property, String path, Kind kind, int[] touched, int depth) {
      if (schema == null || depth > 8) {
        return null;
      }
      Object ref = schema.get("$ref");
      if (ref != null) {
        String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
        return build((Map<String, Object>) schemas.get(name), property, path, kind, touched, depth + 1);
      }
      String type = String.valueOf(schema.get("type"));
      switch (type) {
        case "object" -> {
          Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
          if (properties == null || properties.isEmpty()) {
            if (depth > 0) {
              return null;
            }
            if (kind == null) {
              return Map.of();
            }
            touched[0]++;
            return Map.of("probe", kind.edge(List.of("x")));
          }
          Map<String, Object> object = new LinkedHashMap<>();
          for (var p : properties.entrySet()) {
            Object value = build((Map<String, Object>) p.getValue(), p.getKey(), path, kind, touched, depth + 1);
            if (value != null) {
              object.put(p.getKey(), value);
            }
          }
          return object;
        }
        case "array" -> {
          Object item = build((Map<String, Object>) schema.get("items"), property, path, kind == Kind.ARRAYS ? null : kind, touched, depth + 1);
          if (kind == Kind.ARRAYS) {
            touched[0]++;
            return Collections.nCopies(10_000, item == null ? "x" : item);
          }
          return item == null ? List.of() : List.of(item);
        }
        case "string" -> {
          if (kind == Kind.SURROGATE) {
            touched[0]++;
            return kind.edge(null);
          }
          List<Object> allowed = (List<Object>) schema.get("enum");
          return allowed != null && !allowed.isEmpty() ? allowed.get(0) : club.bodyValue(path, property);
        }
        case "integer", "number" -> {
          if (kind != null && kind.numbers) {
            touched[0]++;
            return kind.edge(null);
          }
          return 1;
        }
        case "boolean" -> {
          if (kind != null && kind.booleans) {
            touched[0]++;
            return kind.edge(null);
          }
          return true;
        }
        default -> {
          return null;
        }
      }
    }
  }

  /** A request body and its Content-Type. */
  record Body(String contentType, byte[] bytes) {}

  /** The kinds of value a body probe puts in every property of one type. */
  enum Kind {
    SURROGATE("strings: lone surrogate \\udc00", new Json.Raw("\"\\udc00\""), false, false),
    LONG_MAX_VALUE("numbers: " + LONG_MAX, new Json.Raw(LONG_MAX), true, false),
    LONG_MIN_VALUE("numbers: " + LONG_MIN, new Json.Raw(LONG_MIN), true, false),
    EXPONENT("numbers: " + HUGE_EXPONENT, new Json.Raw(HUGE_EXPONENT), true, false),
    HALF("booleans: 0.5", new Json.Raw("0.5"), false, true),
    QUOTED("booleans: \"true\"", new Json.Raw("\"true\""), false, true),
    MINUS_ONE("booleans: -1", new Json.Raw("-1"), false, true),
    ARRAYS("arrays: 10,000 elements", null, false, false);

    final String label;
    final Json.Raw value;
    final boolean numbers;
    final boolean booleans;

    Kind(String label, Json.Raw value, boolean numbers, boolean booleans) {
      this.label = label;
      this.value = value;
      this.numbers = numbers;
      this.booleans = booleans;
    }

    /** The edge value; for arrays, 10,000 copies of {@code item}. */
    Object edge(List<Object> item) {
      return this == ARRAYS ? Collections.nCopies(10_000, item == null ? "x" : item.get(0)) : value;
    }
  }

  /** Just enough JSON writing for bodies that no JSON library would write: lone surrogates, 1e999999999. */
  static final class Json {
    record Raw(String text) {}

    static String write(Object value) {
      StringBuilder out = new StringBuilder();
      write(value, out);
      return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object value, StringBuilder out) {
      if (value == null) {
        out.append("null");
      } else if (value instanceof Raw raw) {
        out.append(raw.text());
      } else if (value instanceof String s) {
        out.append('"');
        for (char c : s.toCharArray()) {
          if (c == '"' || c == '\\') {
            out.append('\\').append(c);
          } else if (c < 0x20 || c > 0x7E) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
        out.append('"');
      } else if (value instanceof Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (var e : ((Map<String, Object>) map).entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          write(e.getKey(), out);
          out.append(':');
          write(e.getValue(), out);
        }
        out.append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(list.get(i), out);
        }
        out.append(']');
      } else {
        out.append(value);
      }
    }
  }

  /** Restassured sends bytes as they are, without a charset added to the Content-Type. */
  static RestAssuredConfig rawBodies() {
    return RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
  }

  /** Bytes as they are, and an answer within 30 seconds: a probe that keeps the server busy longer fails as "no answer". */
  private static final RestAssuredConfig PROBE_CONFIG = rawBodies().httpClient(
      HttpClientConfig.httpClientConfig().setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 30_000));
}
