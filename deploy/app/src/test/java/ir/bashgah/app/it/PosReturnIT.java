package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Returns (docs/integration.md; L5): partial, repeated and excess returns, credit refunded in proportion. */
class PosReturnIT extends RunningPlatform {
  private static final String CONFLICT = "https://bashgah.ir/problems/conflict";
  private static final String EXCEEDS = "https://bashgah.ir/problems/return-exceeds-sale";

  private Api.Till club(String slug) {
    return api.till(admin, slug, "2468");
  }

  private Response giveBack(Api.Till c, String idem, String invoice, String number, List<Map<String, Object>> lines) {
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

  /**
   * Tills returning goods of one invoice at the same moment: a return number is recorded once, no more
   * comes back than was sold, and the points and credit of the sale are taken back exactly once.
   */
  @Test
  void returnsOfOneInvoiceRacingNeverGiveBackMoreThanWasSoldNorReverseTwice() throws Exception {
    Api.Till c = api.till(admin, "ret-race", "2468", "PROFESSIONAL");
    api.programme(c.owner(), Map.of("earning", Map.of("creditPercent", 10)));
    api.as(c.owner()).header("Idempotency-Key", "f").body(Map.of("asset", "CREDIT", "amount", 800_000, "reason", "gift")).post("/members/" + c.member() + "/adjustments")
        .then().statusCode(201);
    String redemption = api.terminal(c.key()).header("Idempotency-Key", "rd").body(Map.of("memberCode", c.member(), "amount", 800_000, "pin", "2468"))
        .post("/pos/redemptions").then().statusCode(201).extract().path("redemptionId");
    // 8 bags of 1,000,000: 800,000 paid with credit, 7,200,000 by card (720 points, 10 % credit).
    var sale = api.terminal(c.key()).header("Idempotency-Key", "sale").body(Map.of("invoiceNumber", "S-RACE", "memberCode", c.member(),
        "issuedAt", "2026-11-23T10:00:00Z", "lines", List.of(Map.of("sku", "BAG", "productGroup", "bags", "quantity", 8, "unitPrice", 1_000_000)),
        "payments", List.of(Map.of("method", "CREDIT", "amount", 800_000), Map.of("method", "CARD", "amount", 7_200_000)), "redemptionIds", List.of(redemption)))
        .post("/pos/invoices").then().statusCode(201).body("creditRedeemed", equalTo(800_000)).extract().jsonPath();
    long points = sale.getLong("pointsEarned");
    long credit = sale.getLong("creditEarned");
    assertThat(points).isEqualTo(720);
    assertThat(credit).isPositive();

    // Sixteen tills send the same return number under keys of their own: it is recorded once.
    List<Response> same = Race.run(16, i -> Race.asATill(() -> giveBack(c, "same-" + i, "S-RACE", "R-SAME", List.of(Map.of("sku", "BAG", "quantity", 1)))));
    assertThat(same).extracting(Response::statusCode).containsOnly(201, 409);
    assertThat(same).filteredOn(r -> r.statusCode() == 201).hasSize(1);
    assertThat(same).filteredOn(r -> r.statusCode() == 409).extracting(r -> r.path("type")).containsOnly(CONFLICT);

    // Twenty-four tills each return one more bag under return numbers of their own: 7 bags are left.
    List<Response> many = Race.run(24, i -> Race.asATill(() -> giveBack(c, "many-" + i, "S-RACE", "R-" + i, List.of(Map.of("sku", "BAG", "quantity", 1)))));
    assertThat(many).extracting(Response::statusCode).containsOnly(201, 422);
    assertThat(many).filteredOn(r -> r.statusCode() == 201).hasSize(7);
    assertThat(many).filteredOn(r -> r.statusCode() == 422).extracting(r -> r.path("type")).containsOnly(EXCEEDS);

    List<Response> accepted = new java.util.ArrayList<>(same);
    accepted.addAll(many);
    accepted.removeIf(r -> r.statusCode() != 201);
    assertThat(accepted).hasSize(8);
    assertThat(accepted.stream().mapToLong(r -> r.jsonPath().getLong("pointsReversed")).sum()).as("points taken back").isEqualTo(points);
    assertThat(accepted.stream().mapToLong(r -> r.jsonPath().getLong("creditReversed")).sum()).as("credit taken back").isEqualTo(credit);
    assertThat(accepted.stream().mapToLong(r -> r.jsonPath().getLong("creditRefunded")).sum()).as("spent credit given back").isEqualTo(800_000);
    api.as(c.owner()).get("/members/" + c.member() + "/balance").then().body("points", equalTo(0)).body("credit", equalTo(800_000));

    String schema = "t_ret_race";
    assertThat(Sql.rows("SELECT COUNT(*), SUM(r.returned_value), SUM(r.points_reversed), SUM(r.credit_reversed), SUM(r.credit_refunded)"
        + " FROM " + schema + ".invoice_return r JOIN " + schema + ".invoice i ON i.id = r.invoice_id WHERE i.invoice_number = 'S-RACE'"))
        .containsExactly(List.of("8", "8000000", Long.toString(points), Long.toString(credit), "800000"));
    assertThat(Sql.value("SELECT SUM(quantity) FROM " + schema + ".invoice_return_line WHERE sku = 'BAG'")).isEqualTo(8);
    // The ledger says the same as the answers: what the sale earned, all of it taken back, once.
    assertThat(Sql.value("SELECT SUM(amount) FROM " + schema + ".ledger_entry WHERE asset = 'POINTS' AND kind = 'RETURN'")).isEqualTo(-points);
    assertThat(Sql.value("SELECT SUM(amount) FROM " + schema + ".ledger_entry WHERE asset = 'POINTS'")).isZero();
    assertThat(Sql.value("SELECT SUM(amount) FROM " + schema + ".ledger_entry WHERE asset = 'CREDIT'")).isEqualTo(800_000);
    api.as(c.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
  }
}
