package ir.bashgah.app.it;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/** The club the probes run against, with the values its path parameters take. */
final class EdgeProbeClub {
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

  private EdgeProbeClub(Api api, String admin, String slug) {
    this.api = api;
    this.admin = admin;
    this.slug = slug;
  }

  static EdgeProbeClub create(Api api, String admin, String slug) {
    EdgeProbeClub c = new EdgeProbeClub(api, admin, slug);
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
    c.importId = api.as(o).config(EdgeProbeRequests.rawBodies()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/member-imports?name=seed.csv")
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
      case "name" -> path.startsWith(EdgeProbeRequests.API + "/platform/jobs/") ? job : "zz-unknown";
      case "id" -> path.startsWith(EdgeProbeRequests.API + "/member-imports/") ? importId
          : path.startsWith(EdgeProbeRequests.API + "/staff/") ? staffSession
          : path.startsWith(EdgeProbeRequests.API + "/auth/sessions/") ? ownerSession : "zz-unknown";
      case "code" -> path.startsWith(EdgeProbeRequests.API + "/branches/") ? "b1"
          : path.startsWith(EdgeProbeRequests.API + "/member-groups/") ? "g1"
          : path.startsWith(EdgeProbeRequests.API + "/member-categories/") ? "c1"
          : path.startsWith(EdgeProbeRequests.API + "/card-types/") ? "t1"
          : path.startsWith(EdgeProbeRequests.API + "/programmes/") ? "default"
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
      case "password", "newPassword" -> "EdgeProbe-pass-2026";
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
