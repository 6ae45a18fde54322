package ir.bashgah.app.it;

import static ir.bashgah.app.it.Problems.assertProblem;
import static ir.bashgah.app.it.Problems.malformed;
import static ir.bashgah.app.it.Problems.validation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Strict types (docs/security.md, "Input limits"): a JSON value is read only as the type of its field
 * (no number or boolean becomes a code, nothing but true and false is a boolean), codes and
 * enumerations are checked, instants lie within sane bounds, paging and huge numbers answer
 * problem+json 4xx, never 500.
 */
class StrictTypesIT extends RunningPlatform {
  private Response raw(String token, String body, String path) {
    return api.as(token).body(body).post(path);
  }

  private Response sale(Api.Till c, String idem, Map<String, Object> changes) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("invoiceNumber", idem, "memberCode", c.member(), "issuedAt", Instant.now().toString(),
        "lines", List.of(Map.of("sku", "A", "productGroup", "g", "quantity", 1, "unitPrice", 100_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", 100_000))));
    body.putAll(changes);
    return api.terminal(c.key()).header("Idempotency-Key", idem).body(body).post("/pos/invoices");
  }

  @Test
  void aNumberOrABooleanIsNeverACode() {
    Api.Till c = api.till(admin, "strict-codes", "1111");
    for (String code : List.of("1e309", "true", "9223372036854775808", "12", "null", "[\"b2\"]")) {
      Response r = raw(c.owner(), "{\"code\": " + code + ", \"name\": \"Two\"}", "/branches");
      if (code.equals("null")) {
        validation(r, "code");
      } else {
        malformed(r);
      }
    }
    api.as(c.owner()).get("/branches").then().statusCode(200).body("code", org.hamcrest.Matchers.contains("b1"));

    // Member codes and card numbers, as JSON numbers or out of their pattern.
    malformed(api.terminal(c.key()).body("{\"memberCode\": " + c.member() + "}").post("/pos/lookup"));
    malformed(api.terminal(c.key()).body("{\"cardNumber\": " + c.cardNumber() + "}").post("/pos/lookup"));
    validation(api.terminal(c.key()).body(Map.of("memberCode", "abc")).post("/pos/lookup"), "memberCode");
    validation(api.terminal(c.key()).body(Map.of("memberCode", "1".repeat(21))).post("/pos/lookup"), "memberCode");
    validation(api.terminal(c.key()).body(Map.of("cardNumber", "1234")).post("/pos/lookup"), "cardNumber");
    String wrongCheckDigit = c.cardNumber().substring(0, 15) + ((c.cardNumber().charAt(15) - '0' + 1) % 10);
    validation(api.terminal(c.key()).body(Map.of("cardNumber", wrongCheckDigit)).post("/pos/lookup"), "cardNumber");
    validation(api.terminal(c.key()).body(Map.of("mobile", "+1 555 0100")).post("/pos/lookup"), "mobile");
    validation(sale(c, "code-1", Map.of("memberCode", "x" + c.member())), "memberCode");
    validation(api.terminal(c.key()).header("Idempotency-Key", "rd").body(Map.of("cardNumber", "9", "amount", 1, "pin", "1111")).post("/pos/redemptions"),
        "cardNumber");
    malformed(api.terminal(c.key()).header("Idempotency-Key", "pin").body("{\"memberCode\": \"" + c.member() + "\", \"amount\": 1, \"pin\": 1111}")
        .post("/pos/redemptions"));
    // Well-formed ones are looked up as before, Persian digits included.
    api.terminal(c.key()).body(Map.of("cardNumber", c.cardNumber())).post("/pos/lookup").then().statusCode(200).body("memberCode", equalTo(c.member()));
    api.terminal(c.key()).body(Map.of("memberCode", "999999")).post("/pos/lookup").then().statusCode(404);
  }

  @Test
  void onlyTrueAndFalseAreBooleans() {
    Api.Till c = api.till(admin, "strict-bools", "1111");
    for (String flag : List.of("-1", "0", "1", "0.5", "\"1e309\"", "\"true\"", "\"false\"", "1e309")) {
      malformed(api.as(c.owner()).body("{\"active\": " + flag + ", \"creditActive\": " + flag + ", \"reason\": \"x\"}").put("/members/" + c.member() + "/status"));
      malformed(api.as(admin).body("{\"enabled\": " + flag + "}").put("/platform/tenants/strict-bools/features/B2"));
    }
    api.as(c.owner()).get("/members/" + c.member()).then().statusCode(200).body("active", equalTo(true)).body("creditActive", equalTo(true));
    api.as(c.owner()).get("/features").then().statusCode(200).body("features.B2", equalTo(false));
    api.as(admin).get("/platform/tenants/strict-bools/features").then().statusCode(200)
        .body("find { it.code == 'B2' }.overridden", equalTo(false));
    api.as(c.owner()).body(Map.of("active", true, "creditActive", false, "reason", "x")).put("/members/" + c.member() + "/status").then().statusCode(200)
        .body("creditActive", equalTo(false));
  }

  @Test
  void theSaleTypeIsALabelOfACodesShape() {
    Api.Till c = api.till(admin, "strict-sale", "1111");
    sale(c, "t-1", Map.of("saleType", "in-store")).then().statusCode(201);
    sale(c, "t-2", Map.of("saleType", "DELIVERY")).then().statusCode(201);
    sale(c, "t-3", Map.of("saleType", "حضوری")).then().statusCode(201);
    for (String bad : List.of("", " ", "<script>alert(1)</script>", "in store", "x".repeat(31), "-delivery", "a;DROP TABLE invoice")) {
      validation(sale(c, "bad-" + Integer.toHexString(bad.hashCode()), Map.of("saleType", bad)), "saleType");
    }
    malformed(sale(c, "t-num", Map.of("saleType", 5)));
    malformed(sale(c, "t-bool", Map.of("saleType", true)));
    api.as(c.owner()).get("/members/" + c.member() + "/balance").then().body("points", equalTo(30));
  }

  @Test
  void anInvoiceIsDatedWithinTenYearsBackAndFiveMinutesAhead() {
    Api.Till c = api.till(admin, "strict-dates", "1111");
    Instant now = Instant.now();
    validation(sale(c, "d-1970", Map.of("issuedAt", "1970-01-01T00:00:00Z")), "issuedAt");
    validation(sale(c, "d-11y", Map.of("issuedAt", OffsetDateTime.now(ZoneOffset.UTC).minusYears(10).minusDays(1).toString())), "issuedAt");
    validation(sale(c, "d-10m", Map.of("issuedAt", now.plus(Duration.ofMinutes(10)).toString())), "issuedAt");
    validation(sale(c, "d-far", Map.of("issuedAt", "+999999999-12-31T23:59:59Z")), "issuedAt");
    validation(sale(c, "d-unreadable", Map.of("issuedAt", "1405/09/16")), "issuedAt");
    malformed(sale(c, "d-number", Map.of("issuedAt", 1_765_000_000)));
    validation(api.terminal(c.key()).body(Map.of("memberCode", c.member(), "issuedAt", "1970-01-01T00:00:00Z",
        "lines", List.of(Map.of("sku", "A", "productGroup", "g", "quantity", 1, "unitPrice", 100_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", 100_000)))).post("/pos/invoices/dry-run"), "issuedAt");
    api.as(c.owner()).get("/members/" + c.member() + "/ledger").then().body("total", equalTo(0));

    sale(c, "d-ok-ahead", Map.of("issuedAt", now.plus(Duration.ofMinutes(3)).toString())).then().statusCode(201);
    sale(c, "d-ok-old", Map.of("issuedAt", OffsetDateTime.now(ZoneOffset.ofHoursMinutes(3, 30)).minusYears(9).toString())).then().statusCode(201);
    // The audit's filters are instants too.
    validation(api.as(c.owner()).queryParam("from", "+99999-01-01T00:00:00Z").get("/audit"), "from");
    validation(api.as(c.owner()).queryParam("to", "0001-01-01T00:00:00Z").get("/audit"), "to");
  }

  @Test
  void pagingAnswers422BeyondItsLimitsAnd400ForWhatIsNoNumber() {
    Api.Till c = api.till(admin, "strict-paging", "1111", "VIP");
    String member = "/members/" + c.member();
    for (String list : List.of("/members", "/audit", member + "/ledger", member + "/notes", "/member-imports")) {
      validation(api.as(c.owner()).get(list + "?page=999999999"), "page");
      validation(api.as(c.owner()).get(list + "?page=99999999999999999999"), "page");
      validation(api.as(c.owner()).get(list + "?page=-1"), "page");
      validation(api.as(c.owner()).get(list + "?size=0"), "size");
      malformed(api.as(c.owner()).get(list + "?page=abc"));
      malformed(api.as(c.owner()).get(list + "?size=1.5"));
      api.as(c.owner()).get(list + "?page=10000000&size=200").then().statusCode(200);
    }
    api.as(admin).get("/platform/audit?page=999999999").then().statusCode(422).contentType("application/problem+json");
    malformed(api.as(admin).get("/platform/audit?page=abc"));
    // Any other query parameter that cannot be read as its type is a 400 too, not a 404.
    api.as(c.owner()).accept("*/*").get(member + "/qr.png?size=big").then().statusCode(400).contentType("application/problem+json")
        .body("type", equalTo(Problems.BASE + "malformed-request"));
  }

  @Test
  void hugeNumbersInABodyAreRefusedQuicklyAsProblemJson() {
    Api.Till c = api.till(admin, "strict-huge", "1111", "VIP");
    String h = "1e999999999";
    long started = System.nanoTime();
    malformed(api.terminal(c.key()).header("Idempotency-Key", "h1").body("{\"invoiceNumber\": \"H\", \"memberCode\": \"" + c.member()
        + "\", \"issuedAt\": \"" + Instant.now() + "\", \"lines\": [{\"sku\": \"A\", \"productGroup\": \"g\", \"quantity\": 1, \"unitPrice\": " + h
        + "}], \"payments\": [{\"method\": \"CASH\", \"amount\": " + h + "}]}").post("/pos/invoices"));
    malformed(api.terminal(c.key()).header("Idempotency-Key", "h2").body("{\"memberCode\": \"" + c.member() + "\", \"amount\": 1e-999999999, \"pin\": \"1111\"}")
        .post("/pos/redemptions"));
    malformed(api.as(c.owner()).header("Idempotency-Key", "h3").body("{\"asset\": \"POINTS\", \"amount\": " + h + ", \"reason\": \"x\"}")
        .post("/members/" + c.member() + "/adjustments"));
    malformed(raw(c.owner(), "{\"code\": " + h + ", \"name\": \"x\"}", "/branches"));
    malformed(api.as(c.owner()).body("{\"version\": 1, \"rules\": {\"earning\": {\"creditPercent\": " + h + "}}}").put("/programmes/default"));
    // Fields that take any JSON value read a huge number without writing it out.
    validation(api.as(c.owner()).body("{\"mobile\": " + h + "}").patch("/members/" + c.member()), "mobile");
    validation(raw(c.owner(), "{\"code\": \"big\", \"name\": \"x\", \"validityMonths\": " + h + "}", "/card-types"), "validityMonths");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    api.as(c.owner()).get("/members/" + c.member() + "/balance").then().body("points", equalTo(0)).body("credit", equalTo(0));
  }

  @Test
  void aUsernameOfMoreThan128CharactersIsAnsweredAsProblemJson() {
    Api.Till c = api.till(admin, "strict-users", "1111");
    String longName = "u".repeat(200);
    assertProblem(api.login(Map.of("username", longName, "password", "Whatever-2026")), 401, "unauthorized");
    assertProblem(api.login(Map.of("tenant", "strict-users", "username", longName, "password", "Whatever-2026")), 401, "unauthorized");
    assertProblem(api.login(Map.of("tenant", "strict-users", "username", "ی".repeat(5_000), "password", "Whatever-2026")), 401, "unauthorized");
    validation(api.as(c.owner()).body(Map.of("username", longName, "password", "Cashier-pass-2026", "role", "cashier", "branch", "b1")).post("/staff"), "username");
    malformed(api.login(Map.of("username", 12, "password", "Whatever-2026")));
    // The failed logins are in the club's audit log, their names cut to fit.
    api.as(c.owner()).get("/audit?action=AUTH.LOGIN_FAILED").then().statusCode(200).body("total", equalTo(2))
        .body("items[0].targetId.length()", equalTo(128));
  }
}
