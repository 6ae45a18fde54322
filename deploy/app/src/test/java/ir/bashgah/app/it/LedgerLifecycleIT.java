package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A balance's life after the till (L1, L2, L5, L8, L9): pending earnings and their release, expiry
 * oldest-first, returns after expiry and after a conversion, transfers, and the consistency check.
 */
class LedgerLifecycleIT extends RunningPlatform {
  private static final String PIN = "1357";

  private Api.Till club(String slug, Map<String, ?> rules) {
    Api.Till c = api.till(admin, slug, PIN, "PROFESSIONAL");
    api.programme(c.owner(), rules);
    return c;
  }

  private Response sell(Api.Till c, String number, long amount) {
    return api.terminal(c.key()).header("Idempotency-Key", "sale-" + number).body(Map.of("invoiceNumber", number, "memberCode", c.member(),
        "issuedAt", Instant.now().toString(), "lines", List.of(Map.of("sku", "ITEM", "productGroup", "g", "quantity", 2, "unitPrice", amount / 2)),
        "payments", List.of(Map.of("method", "CASH", "amount", amount)))).post("/pos/invoices");
  }

  private Response giveBack(Api.Till c, String invoice, String number, int quantity) {
    return api.terminal(c.key()).header("Idempotency-Key", "ret-" + number).body(Map.of("invoiceNumber", invoice, "returnNumber", number,
        "lines", List.of(Map.of("sku", "ITEM", "quantity", quantity)))).post("/pos/returns");
  }

  private Response balance(Api.Till c) {
    return api.as(c.owner()).get("/members/" + c.member() + "/balance");
  }

  private static String schema(String slug) {
    return "t_" + slug.replace('-', '_');
  }

  @Test
  void earningsWaitOutTheReturnWindowAsPendingAndTheSweepReleasesThem() {
    Api.Till c = club("life-pending", Map.of("earning", Map.of("returnWindowDays", 7, "creditPercent", 10)));
    sell(c, "P-1", 1_000_000).then().statusCode(201).body("pointsEarned", equalTo(100)).body("creditEarned", equalTo(100_000))
        .body("availableAt", notNullValue()).body("balance.points", equalTo(0)).body("balance.credit", equalTo(0))
        .body("receipt", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("قابل استفاده از ")));
    balance(c).then().body("pendingPoints", equalTo(100)).body("pendingCredit", equalTo(100_000)).body("points", equalTo(0));
    api.terminal(c.key()).header("Idempotency-Key", "r0").body(Map.of("memberCode", c.member(), "amount", 1_000, "pin", PIN)).post("/pos/redemptions")
        .then().statusCode(422).body("type", equalTo("https://bashgah.ir/problems/insufficient-credit"));

    // A return inside the window takes back from the pending earnings themselves.
    giveBack(c, "P-1", "R-1", 1).then().statusCode(201).body("pointsReversed", equalTo(50)).body("creditReversed", equalTo(50_000));
    balance(c).then().body("pendingPoints", equalTo(50)).body("pendingCredit", equalTo(50_000));

    // A week passes (a lot's dates never change in the application: the database refuses it).
    Sql.updateUnguarded(schema("life-pending"), "lot_guard", "UPDATE " + schema("life-pending") + ".lot SET available_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE pending");
    api.runJob(admin, "ledger-sweep", "life-pending");
    balance(c).then().body("points", equalTo(50)).body("pendingPoints", equalTo(0)).body("credit", equalTo(50_000)).body("pendingCredit", equalTo(0));
    api.terminal(c.key()).header("Idempotency-Key", "r1").body(Map.of("memberCode", c.member(), "amount", 1_000, "pin", PIN)).post("/pos/redemptions")
        .then().statusCode(201).body("balance.credit", equalTo(49_000));
    api.as(c.owner()).get("/members/" + c.member() + "/ledger?size=20").then().body("items.kind", hasItems("RELEASE", "EARN", "RETURN", "REDEEM"))
        .body("items.findAll { it.kind == 'EARN' }.bucket", org.hamcrest.Matchers.everyItem(equalTo("PENDING")));
  }

  @Test
  void lotsExpireOldestFirstAndAReturnDoesNotTakeBackPointsThatAlreadyExpired() {
    Api.Till c = club("life-expiry", Map.of("expiry", Map.of("points", Map.of("rule", "DAYS", "count", 30))));
    sell(c, "A", 1_000_000).then().statusCode(201).body("pointsEarned", equalTo(100));
    sell(c, "B", 500_000).then().statusCode(201).body("pointsEarned", equalTo(50));
    api.as(c.owner()).header("Idempotency-Key", "spend").body(Map.of("asset", "POINTS", "amount", -30, "reason", "gift shop")).post("/members/" + c.member() + "/adjustments")
        .then().statusCode(201).body("balance.points", equalTo(120));

    // Invoice A's points reach their expiry: the 70 left of them expire, B's 50 stay.
    Sql.updateUnguarded(schema("life-expiry"), "lot_guard", "UPDATE " + schema("life-expiry") + ".lot l JOIN " + schema("life-expiry") + ".invoice i ON i.points_entry_id = l.entry_id"
        + " SET l.expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE WHERE i.invoice_number = 'A'");
    api.runJob(admin, "ledger-sweep", "life-expiry");
    balance(c).then().body("points", equalTo(50));
    api.as(c.owner()).get("/members/" + c.member() + "/ledger").then().body("items[0].kind", equalTo("EXPIRE")).body("items[0].amount", equalTo(-70));

    // Returning all of A: its 30 spent points are taken from B's; its 70 expired are not taken twice.
    giveBack(c, "A", "RA", 2).then().statusCode(201).body("pointsReversed", equalTo(30)).body("balance.points", equalTo(20));
    api.as(c.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
  }

  @Test
  void aReturnAfterAConversionTakesWhatIsLeftAndOwesTheRestUnlessTheClubAllowsABalanceBelowZero() {
    Map<String, Object> conversion = Map.of("enabled", true, "minimumPoints", 100, "rates", List.of(Map.of("points", 100, "rials", 10_000)));
    Api.Till c = club("life-convert", Map.of("conversion", conversion));
    sell(c, "C-1", 4_000_000).then().statusCode(201).body("pointsEarned", equalTo(400));
    Response converted = api.as(c.owner()).header("Idempotency-Key", "cv1").body(Map.of("points", 300)).post("/members/" + c.member() + "/conversions");
    converted.then().statusCode(201).body("points", equalTo(300)).body("credit", equalTo(30_000)).body("balance.points", equalTo(100))
        .body("balance.credit", equalTo(30_000));
    assertThat(api.as(c.owner()).header("Idempotency-Key", "cv1").body(Map.of("points", 300)).post("/members/" + c.member() + "/conversions").asString())
        .isEqualTo(converted.asString());
    api.as(c.owner()).header("Idempotency-Key", "cv2").body(Map.of("points", 50)).post("/members/" + c.member() + "/conversions").then().statusCode(422)
        .body("errors[0].field", equalTo("points"));
    api.as(c.owner()).header("Idempotency-Key", "cv3").body(Map.of("points", 1_000)).post("/members/" + c.member() + "/conversions").then().statusCode(422)
        .body("type", equalTo("https://bashgah.ir/problems/insufficient-credit"));

    giveBack(c, "C-1", "R-1", 2).then().statusCode(201).body("pointsReversed", equalTo(100)).body("balance.points", equalTo(0))
        .body("balance.credit", equalTo(30_000));

    Api.Till d = club("life-negative", Map.of("conversion", conversion, "allowNegativeBalance", true));
    sell(d, "N-1", 4_000_000).then().statusCode(201);
    api.as(d.owner()).header("Idempotency-Key", "cv").body(Map.of("points", 300)).post("/members/" + d.member() + "/conversions").then().statusCode(201);
    giveBack(d, "N-1", "R-1", 2).then().statusCode(201).body("pointsReversed", equalTo(400)).body("balance.points", equalTo(-300));
    sell(d, "N-2", 5_000_000).then().statusCode(201).body("pointsEarned", equalTo(500)).body("balance.points", equalTo(200));
    api.as(d.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
  }

  @Test
  void transfersBetweenTwoMembersInBothDirectionsAtOnceLoseAndCreateNothing() throws Exception {
    Api.Till c = club("life-transfer", Map.of());
    String other = api.as(c.owner()).body(Map.of("firstName", "Omid", "lastName", "Rahimi", "mobile", "09124440001")).post("/members")
        .then().statusCode(201).extract().path("memberCode");
    for (String m : List.of(c.member(), other)) {
      api.as(c.owner()).header("Idempotency-Key", "fund-" + m).body(Map.of("asset", "CREDIT", "amount", 100_000, "reason", "opening"))
          .post("/members/" + m + "/adjustments").then().statusCode(201);
    }
    List<Integer> statuses = Race.run(32, i -> {
      String from = i % 2 == 0 ? c.member() : other;
      String to = i % 2 == 0 ? other : c.member();
      return api.as(c.owner()).header("Idempotency-Key", "t" + i).body(Map.of("to", to, "asset", "CREDIT", "amount", 1_000 + i, "reason", "share"))
          .post("/members/" + from + "/transfers").statusCode();
    });
    assertThat(statuses).containsOnly(201);
    long a = balance(c).then().extract().jsonPath().getLong("credit");
    long b = api.as(c.owner()).get("/members/" + other + "/balance").then().extract().jsonPath().getLong("credit");
    assertThat(a + b).isEqualTo(200_000);
    // Even-numbered transfers (0, 2, …, 30) went from the first member: 16 × 1,000 + (0 + 2 + … + 30).
    assertThat(a).isEqualTo(100_000 - (16_000 + 240) + (16_000 + 256));
    api.as(c.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));

    api.as(c.owner()).header("Idempotency-Key", "self").body(Map.of("to", c.member(), "asset", "CREDIT", "amount", 1, "reason", "x"))
        .post("/members/" + c.member() + "/transfers").then().statusCode(422).body("errors[0].field", equalTo("to"));
    api.as(c.owner()).header("Idempotency-Key", "nobody").body(Map.of("to", "999999", "asset", "CREDIT", "amount", 1, "reason", "x"))
        .post("/members/" + c.member() + "/transfers").then().statusCode(404);
    api.as(c.owner()).header("Idempotency-Key", "much").body(Map.of("to", other, "asset", "POINTS", "amount", 1, "reason", "x"))
        .post("/members/" + c.member() + "/transfers").then().statusCode(422).body("type", equalTo("https://bashgah.ir/problems/insufficient-credit"));

    Api.Till std = api.till(admin, "life-transfer-std", PIN);
    api.as(std.owner()).header("Idempotency-Key", "k").body(Map.of("to", "100002", "asset", "CREDIT", "amount", 1, "reason", "x"))
        .post("/members/" + std.member() + "/transfers").then().statusCode(403).body("type", equalTo("https://bashgah.ir/problems/feature-not-in-plan"));
  }

  @Test
  void theConsistencyCheckReportsABalanceThatNoLongerMatchesItsEntries() {
    Api.Till c = club("life-check", Map.of());
    sell(c, "K-1", 2_000_000).then().statusCode(201);
    api.as(c.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0)).body("balances", equalTo(2));
    Sql.update("UPDATE " + schema("life-check") + ".balance SET available = available + 7 WHERE asset = 'POINTS'");
    api.as(c.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(2))
        .body("detail.check", hasItems("entries", "lots")).body("detail[0].expected", equalTo(200)).body("detail[0].found", equalTo(207));
    api.as(c.owner()).get("/ledger/checks/latest").then().statusCode(200).body("differences", equalTo(2));
    api.as(admin).get("/platform/jobs").then().statusCode(200).body("name", hasItems("ledger-sweep", "ledger-check", "levels-nightly"));
  }
}
