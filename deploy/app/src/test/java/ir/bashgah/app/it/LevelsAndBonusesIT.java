package ir.bashgah.app.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Levels with their window, grace and nightly ranking (T1-T3); joining, referral and threshold bonuses (L6, NM1). */
class LevelsAndBonusesIT extends RunningPlatform {
  private Api.Till club(String slug, Map<String, ?> rules) {
    Api.Till c = api.till(admin, slug, "2468", "PROFESSIONAL");
    api.programme(c.owner(), rules);
    return c;
  }

  private Response sell(Api.Till c, String member, String number, long amount, Instant issuedAt) {
    return api.terminal(c.key()).header("Idempotency-Key", "sale-" + number).body(Map.of("invoiceNumber", number, "memberCode", member,
        "issuedAt", issuedAt.toString(), "lines", List.of(Map.of("sku", "ITEM", "productGroup", "g", "quantity", 2, "unitPrice", amount / 2)),
        "payments", List.of(Map.of("method", "CARD", "amount", amount)))).post("/pos/invoices");
  }

  private String register(Api.Till c, String mobile, String referrer) {
    Map<String, Object> form = referrer == null ? Map.of("firstName", "Ava", "lastName", "Sadeghi", "mobile", mobile)
        : Map.of("firstName", "Ava", "lastName", "Sadeghi", "mobile", mobile, "referrerCode", referrer);
    return api.as(c.owner()).body(form).post("/members").then().statusCode(201).extract().path("memberCode");
  }

  private Response balance(Api.Till c, String member) {
    return api.as(c.owner()).get("/members/" + member + "/balance");
  }

  @Test
  void aMemberBelowHisLevelKeepsItThroughTheGracePeriodAndTheNightlyRankingMovesHimDownAfter() {
    Api.Till c = club("lvl-grace", Map.of("levels", Map.of("basis", "TURNOVER", "windowDays", 180, "graceDays", 10, "tiers", List.of(
        Map.of("code", "BRONZE", "name", "برنزی", "threshold", 0), Map.of("code", "SILVER", "name", "نقره‌ای", "threshold", 1_000_000)))));
    // A purchase older than the window does not count.
    sell(c, c.member(), "OLD", 5_000_000, Instant.now().minus(Duration.ofDays(200))).then().statusCode(201).body("level", equalTo("BRONZE"));
    sell(c, c.member(), "S-1", 1_500_000, Instant.now()).then().statusCode(201).body("level", equalTo("SILVER"));

    api.terminal(c.key()).header("Idempotency-Key", "ret").body(Map.of("invoiceNumber", "S-1", "returnNumber", "R-1", "lines",
        List.of(Map.of("sku", "ITEM", "quantity", 1)))).post("/pos/returns").then().statusCode(201);
    balance(c, c.member()).then().body("level", equalTo("SILVER"));
    api.runJob(admin, "levels-nightly", "lvl-grace");
    balance(c, c.member()).then().body("level", equalTo("SILVER"));

    // Ten days pass.
    Sql.update("UPDATE t_lvl_grace.member_standing SET downgrade_due_at = UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE");
    api.runJob(admin, "levels-nightly", "lvl-grace");
    balance(c, c.member()).then().body("level", equalTo("BRONZE"));
  }

  @Test
  void aNewMemberGetsTheJoiningBonus() {
    Api.Till c = club("bonus-join", Map.of("bonuses", Map.of("joining", Map.of("points", 500, "credit", 20_000))));
    String m = register(c, "09125550001", null);
    balance(c, m).then().body("points", equalTo(500)).body("credit", equalTo(20_000));
    api.as(c.owner()).get("/members/" + m + "/ledger").then().body("items.kind", equalTo(List.of("BONUS", "BONUS"))).body("items.source", hasItem("joining"));
  }

  @Test
  void theReferrerIsPaidWhenTheRefereeSettlesHisFirstInvoiceOnceAndUpToHisCap() {
    Api.Till c = club("bonus-ref", Map.of("bonuses", Map.of("referral",
        Map.of("referrerPoints", 1_000, "refereePoints", 200, "maxPerReferrer", 1))));
    String referee = register(c, "09125550002", c.member());
    balance(c, c.member()).then().body("points", equalTo(0));
    sell(c, referee, "F-1", 1_000_000, Instant.now()).then().statusCode(201).body("balance.points", equalTo(300));
    balance(c, c.member()).then().body("points", equalTo(1_000));
    sell(c, referee, "F-2", 1_000_000, Instant.now()).then().statusCode(201).body("balance.points", equalTo(400));
    balance(c, c.member()).then().body("points", equalTo(1_000));

    String second = register(c, "09125550003", c.member());
    sell(c, second, "G-1", 1_000_000, Instant.now()).then().statusCode(201).body("balance.points", equalTo(100));
    balance(c, c.member()).then().body("points", equalTo(1_000));
  }

  @Test
  void reachingAThresholdWithinThePeriodPaysTheBonusOncePerPeriod() {
    Api.Till c = club("bonus-threshold", Map.of("bonuses", Map.of("thresholds", List.of(
        Map.of("name", "صد امتیاز در ماه", "points", 100, "withinDays", 30, "bonusPoints", 20)))));
    sell(c, c.member(), "T-1", 600_000, Instant.now()).then().statusCode(201).body("balance.points", equalTo(60));
    sell(c, c.member(), "T-2", 500_000, Instant.now()).then().statusCode(201).body("balance.points", equalTo(130));
    sell(c, c.member(), "T-3", 1_000_000, Instant.now()).then().statusCode(201).body("balance.points", equalTo(230));
    api.as(c.owner()).get("/members/" + c.member() + "/ledger").then().body("items.findAll { it.kind == 'BONUS' }.size()", equalTo(1));
  }
}
