package ir.bashgah.app.it;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Returns (POS-API.md; L5): partial, repeated and excess returns, credit refunded in proportion. */
class PosReturnIT extends RunningPlatform {
  private Api.Till club(String slug) {
    return api.till(admin, slug, "2468");
  }

  private io.restassured.response.Response giveBack(Api.Till c, String idem, String invoice, String number, List<Map<String, Object>> lines) {
    return api.terminal(c.key()).header("Idempotency-Key", idem).body(Map.of("invoiceNumber", invoice, "returnNumber", number, "lines", lines)).post("/pos/returns");
  }

  /** 3 shirts of 1,000,000 and a hat of 1,000,000 paid in cash: 400 points. */
  private void sell(Api.Till c) {
    api.terminal(c.key()).header("Idempotency-Key", "sale").body(Map.of("invoiceNumber", "S-1", "memberCode", c.member(), "issuedAt", "2026-11-23T10:00:00Z",
        "lines", List.of(Map.of("sku", "SHIRT", "productGroup", "clothes", "quantity", 3, "unitPrice", 1_000_000),
            Map.of("sku", "HAT", "productGroup", "clothes", "quantity", 1, "unitPrice", 1_000_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", 4_000_000)))).post("/pos/invoices").then().statusCode(201).body("pointsEarned", equalTo(400));
  }

  @Test
  void partialAndRepeatedReturnsTakeBackExactlyWhatWasEarnedAndNoMore() {
    Api.Till c = club("ret-partial");
    sell(c);
    giveBack(c, "r1", "S-1", "R-1", List.of(Map.of("sku", "SHIRT", "quantity", 1))).then().statusCode(201)
        .body("pointsReversed", equalTo(100)).body("balance.points", equalTo(300));
    giveBack(c, "r2", "S-1", "R-2", List.of(Map.of("sku", "SHIRT", "quantity", 2), Map.of("sku", "HAT", "quantity", 1))).then().statusCode(201)
        .body("pointsReversed", equalTo(300)).body("balance.points", equalTo(0));
    giveBack(c, "r3", "S-1", "R-3", List.of(Map.of("sku", "HAT", "quantity", 1))).then().statusCode(422)
        .body("type", equalTo("https://bashgah.ir/problems/return-exceeds-sale"));
    giveBack(c, "r4", "S-1", "R-1", List.of(Map.of("sku", "SHIRT", "quantity", 1))).then().statusCode(409);
    api.as(c.owner()).get("/members/" + c.member() + "/ledger").then().body("items.kind", org.hamcrest.Matchers.contains("RETURN", "RETURN", "EARN"));
  }

  @Test
  void returningMoreThanWasSoldOrAnUnknownInvoiceIsRefused() {
    Api.Till c = club("ret-excess");
    sell(c);
    giveBack(c, "e1", "S-1", "R-1", List.of(Map.of("sku", "SHIRT", "quantity", 4))).then().statusCode(422)
        .body("type", equalTo("https://bashgah.ir/problems/return-exceeds-sale"));
    giveBack(c, "e2", "S-1", "R-2", List.of(Map.of("sku", "SOCKS", "quantity", 1))).then().statusCode(422)
        .body("type", equalTo("https://bashgah.ir/problems/validation-failed"));
    giveBack(c, "e3", "NOPE", "R-3", List.of(Map.of("sku", "SHIRT", "quantity", 1))).then().statusCode(404);
    giveBack(c, "e4", "S-1", "R-4", List.of(Map.of("sku", "SHIRT", "quantity", 0))).then().statusCode(422);
    api.as(c.owner()).get("/members/" + c.member() + "/balance").then().body("points", equalTo(400));
  }

  @Test
  void creditSpentOnTheSaleComesBackInProportionInsteadOfCash() {
    Api.Till c = club("ret-credit");
    api.as(c.owner()).header("Idempotency-Key", "f").body(Map.of("asset", "CREDIT", "amount", 200_000, "reason", "gift")).post("/members/" + c.member() + "/adjustments")
        .then().statusCode(201);
    String redemption = api.terminal(c.key()).header("Idempotency-Key", "rd").body(Map.of("memberCode", c.member(), "amount", 200_000, "pin", "2468"))
        .post("/pos/redemptions").then().statusCode(201).extract().path("redemptionId");
    api.terminal(c.key()).header("Idempotency-Key", "sale").body(Map.of("invoiceNumber", "S-2", "memberCode", c.member(), "issuedAt", "2026-11-23T10:00:00Z",
        "lines", List.of(Map.of("sku", "BAG", "productGroup", "bags", "quantity", 4, "unitPrice", 500_000)),
        "payments", List.of(Map.of("method", "CREDIT", "amount", 200_000), Map.of("method", "CARD", "amount", 1_800_000)),
        "redemptionIds", List.of(redemption))).post("/pos/invoices").then().statusCode(201).body("pointsEarned", equalTo(180)).body("balance.credit", equalTo(0));

    giveBack(c, "x1", "S-2", "R-1", List.of(Map.of("sku", "BAG", "quantity", 1))).then().statusCode(201)
        .body("pointsReversed", equalTo(45)).body("creditRefunded", equalTo(50_000)).body("balance.credit", equalTo(50_000)).body("balance.points", equalTo(135));
    giveBack(c, "x2", "S-2", "R-2", List.of(Map.of("sku", "BAG", "quantity", 3))).then().statusCode(201)
        .body("pointsReversed", equalTo(135)).body("creditRefunded", equalTo(150_000)).body("balance.credit", equalTo(200_000)).body("balance.points", equalTo(0));
  }

  @Test
  void pointsAlreadySpentAreNotDrivenBelowZero() {
    Api.Till c = club("ret-spent");
    sell(c);
    api.as(c.owner()).header("Idempotency-Key", "spend").body(Map.of("asset", "POINTS", "amount", -350, "reason", "converted by hand"))
        .post("/members/" + c.member() + "/adjustments").then().statusCode(201);
    giveBack(c, "s1", "S-1", "R-1", List.of(Map.of("sku", "SHIRT", "quantity", 3), Map.of("sku", "HAT", "quantity", 1))).then().statusCode(201)
        .body("pointsReversed", equalTo(50)).body("balance.points", equalTo(0));
  }
}
