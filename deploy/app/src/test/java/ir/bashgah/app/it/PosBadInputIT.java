package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/integration.md: "No request may ever produce a 500 for bad input." Every endpoint of the till gets
 * every kind of broken body a till's software could send, and must answer 4xx problem+json with a
 * type of ours — and change nothing.
 */
class PosBadInputIT extends RunningPlatform {
  private static final List<String> BROKEN_BODIES = List.of(
      "", "null", "[]", "{}", "\"text\"", "42", "{", "not json", "{\"memberCode\": {}}", "{\"memberCode\": []}",
      "{\"amount\": \"12\"}", "{\"amount\": 1.5}", "{\"amount\": 1e30}", "{\"amount\": -1}", "{\"amount\": true}",
      "{\"lines\": \"many\"}", "{\"lines\": [null]}", "{\"lines\": [{\"quantity\": 2.5}]}", "{\"lines\": [{\"unitPrice\": 99999999999999999999}]}",
      "{\"payments\": [{\"method\": \"GOLD\", \"amount\": 1}]}", "{\"payments\": {}}", "{\"issuedAt\": \"1405/09/02\"}", "{\"issuedAt\": 12}",
      "{\"cardNumber\": \"۱۲۳۴\"}", "{\"mobile\": \"+1 555 0100\"}", "{\"qr\": \"BQ1.x.y\"}", "{\"pin\": 1234}", "{\"redemptionIds\": [1, 2]}",
      "{\"invoiceNumber\": \"" + "9".repeat(500) + "\", \"returnNumber\": \"R\", \"lines\": [{\"sku\": \"A\", \"quantity\": 1}]}");

  private static final List<String> ENDPOINTS = List.of("/pos/lookup", "/pos/redemptions", "/pos/invoices", "/pos/invoices/dry-run", "/pos/returns");

  @Test
  void everyBrokenBodyOnEveryTillEndpointAnswers4xxProblemJsonAndChangesNothing() {
    Api.Till c = api.till(admin, "bad-input", "1111", "VIP");
    api.as(c.owner()).header("Idempotency-Key", "fund").body(Map.of("asset", "CREDIT", "amount", 10_000, "reason", "x"))
        .post("/members/" + c.member() + "/adjustments").then().statusCode(201);
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (String endpoint : ENDPOINTS) {
      for (String body : BROKEN_BODIES) {
        Response r = api.terminal(c.key()).header("Idempotency-Key", "bad-" + n++).body(body).post(endpoint);
        String type = r.getContentType();
        boolean problem = type != null && type.startsWith("application/problem+json");
        Object slug = problem ? r.path("type") : null;
        if (r.statusCode() < 400 || r.statusCode() >= 500 || !problem || !String.valueOf(slug).startsWith("https://bashgah.ir/problems/")) {
          failures.add(endpoint + " " + body + " -> " + r.statusCode() + " " + type);
        }
      }
    }
    assertThat(failures).isEmpty();
    api.as(c.owner()).get("/members/" + c.member() + "/balance").then().body("credit", equalTo(10_000)).body("points", equalTo(0));
    api.as(c.owner()).get("/members/" + c.member() + "/ledger").then().body("total", equalTo(1));
  }

  @Test
  void theHeadersOfTheContractAreEnforced() {
    Api.Till c = api.till(admin, "bad-headers", "1111");
    Map<String, Object> sale = Map.of("invoiceNumber", "H-1", "memberCode", c.member(), "issuedAt", Instant.now().toString(),
        "lines", List.of(Map.of("sku", "A", "productGroup", "g", "quantity", 1, "unitPrice", 10_000)), "payments", List.of(Map.of("method", "CASH", "amount", 10_000)));
    api.terminal(c.key()).body(sale).post("/pos/invoices").then().statusCode(400).body("type", equalTo("https://bashgah.ir/problems/idempotency-key-required"));
    api.terminal(c.key()).header("Idempotency-Key", "k".repeat(65)).body(sale).post("/pos/invoices").then().statusCode(400)
        .body("type", equalTo("https://bashgah.ir/problems/idempotency-key-required"));
    api.terminal(c.key()).header("Idempotency-Key", "h1").body(sale).post("/pos/invoices").then().statusCode(201);
    api.terminal(c.key()).header("Idempotency-Key", "h1").body(Map.of("invoiceNumber", "H-2", "memberCode", c.member(), "issuedAt", Instant.now().toString(),
        "lines", List.of(Map.of("sku", "A", "productGroup", "g", "quantity", 1, "unitPrice", 20_000)), "payments", List.of(Map.of("method", "CASH", "amount", 20_000))))
        .post("/pos/invoices").then().statusCode(422).body("type", equalTo("https://bashgah.ir/problems/idempotency-key-reuse"));
    api.terminal(c.key()).header("Idempotency-Key", "h3").contentType("text/plain").body("hello").post("/pos/invoices").then().statusCode(415);
    api.anonymous().header("Idempotency-Key", "h4").body(sale).post("/pos/invoices").then().statusCode(401);
    api.terminal("bgk_bad-headers_nope_nope").header("Idempotency-Key", "h5").body(sale).post("/pos/invoices").then().statusCode(401);
    api.as(c.owner()).get("/members/" + c.member() + "/balance").then().body("points", equalTo(1));
  }
}
