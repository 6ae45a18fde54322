package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dashboard (A1, AN4) against what was done through the API on known days: invoices at two
 * branches (one just after Tehran's midnight, which is still the day before in UTC), a return, a
 * redemption and a cancelled one, a conversion and adjustments; the whole club, one branch, a branch
 * manager, bad ranges, and another club.
 */
class DashboardIT extends RunningPlatform {
  private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
  private static final String VALIDATION = "https://bashgah.ir/problems/validation-failed";

  /** A club whose sales happened 10 and 8 days ago and whose ledger movements all happen today. */
  private record Club(String owner, String manager, LocalDate today, LocalDate first, LocalDate second) {}

  private Club club(String slug) {
    LocalDate today = LocalDate.now(TEHRAN);
    LocalDate first = today.minusDays(10);
    LocalDate second = today.minusDays(8);
    String owner = api.createTenant(admin, slug, "PROFESSIONAL");
    api.programme(owner, Map.of("conversion", Map.of("enabled", true, "rates", List.of(Map.of("points", 100, "rials", 10_000)))));
    api.as(owner).body(Map.of("code", "b1", "name", "شعبه یک")).post("/branches").then().statusCode(201);
    api.as(owner).body(Map.of("code", "b2", "name", "Two")).post("/branches").then().statusCode(201);
    String till1 = api.createTerminal(owner, "b1", "till-1");
    String till2 = api.createTerminal(owner, "b2", "till-2");
    String manager = api.staff(owner, slug, "mgr", "branch-manager", "b1");

    String sara = api.register(owner, "Sara", "Ahmadi", "09121000001");
    String reza = api.register(owner, "Reza", "Karimi", "09121000002");
    String nima = api.register(manager, "Nima", "Rahimi", "09121000003");
    api.as(owner).body(Map.of("active", false, "creditActive", false, "reason", "left the city")).put("/members/" + nima + "/status").then().statusCode(200);
    api.as(owner).body(Map.of("pin", "1357")).put("/members/" + sara + "/pin").then().statusCode(204);

    // 10 days ago at b1: 2,000,000 in cash, 200 points.
    invoice(till1, "INV-1", sara, first + "T10:00:00+03:30", 1, 2_000_000, List.of(Map.of("method", "CASH", "amount", 2_000_000)), List.of());
    // 8 days ago, half past midnight in Tehran (21:00 UTC the day before) at b1: 3,000,000 by card, 300 points.
    invoice(till1, "INV-2", reza, second + "T00:30:00+03:30", 3, 1_000_000, List.of(Map.of("method", "CARD", "amount", 3_000_000)), List.of());
    // Head office gives Sara credit and takes 50 points; she redeems at b2, once for good and once cancelled.
    adjust(owner, sara, "CREDIT", 150_000, "a");
    adjust(owner, sara, "POINTS", -50, "b");
    String kept = redeem(till2, sara, 100_000, "r1");
    String cancelled = redeem(till2, sara, 20_000, "r2");
    api.terminal(till2).header("Idempotency-Key", "c2").post("/pos/redemptions/" + cancelled + "/cancel").then().statusCode(200);
    // 8 days ago at b2: 5,000,000, 100,000 of it with club credit, 490 points.
    invoice(till2, "INV-3", sara, second + "T12:00:00+03:30", 1, 5_000_000,
        List.of(Map.of("method", "CREDIT", "amount", 100_000), Map.of("method", "CASH", "amount", 4_900_000)), List.of(kept));
    // Today at b1: one of the three units of INV-2 comes back (1,000,000; 100 points taken back).
    api.terminal(till1).header("Idempotency-Key", "ret").body(Map.of("invoiceNumber", "INV-2", "returnNumber", "R-1", "lines", List.of(Map.of("sku", "SKU", "quantity", 1))))
        .post("/pos/returns").then().statusCode(201).body("pointsReversed", equalTo(100));
    // Head office converts 100 of Reza's points into 10,000 rials of credit.
    api.as(owner).header("Idempotency-Key", "cv").body(Map.of("points", 100)).post("/members/" + reza + "/conversions").then().statusCode(201)
        .body("credit", equalTo(10_000));
    return new Club(owner, manager, today, first, second);
  }

  private void invoice(String key, String number, String member, String issuedAt, int quantity, long unitPrice, List<Map<String, Object>> payments,
      List<String> redemptions) {
    api.terminal(key).header("Idempotency-Key", number).body(Map.of("invoiceNumber", number, "memberCode", member, "issuedAt", issuedAt,
            "lines", List.of(Map.of("sku", "SKU", "productGroup", "goods", "quantity", quantity, "unitPrice", unitPrice)), "payments", payments,
            "redemptionIds", redemptions))
        .post("/pos/invoices").then().statusCode(201);
  }

  private void adjust(String token, String member, String asset, long amount, String key) {
    api.as(token).header("Idempotency-Key", key).body(Map.of("asset", asset, "amount", amount, "reason", "test")).post("/members/" + member + "/adjustments")
        .then().statusCode(201);
  }

  private String redeem(String key, String member, long amount, String idem) {
    return api.terminal(key).header("Idempotency-Key", idem).body(Map.of("memberCode", member, "amount", amount, "pin", "1357")).post("/pos/redemptions")
        .then().statusCode(201).extract().path("redemptionId");
  }

  private JsonPath dashboard(String token, Club c, String query) {
    return api.as(token).get("/dashboard?from=" + c.today().minusDays(12) + "&to=" + c.today() + query).then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, Object> day(JsonPath d, LocalDate date) {
    return d.getMap("daily.find { it.date == '" + date + "' }");
  }

  private static void assumeStillToday(Club c) {
    Assumptions.assumeTrue(LocalDate.now(TEHRAN).equals(c.today()), "Tehran's midnight passed during the test; its 'today' no longer holds");
  }

  @Test
  void theClubsFiguresAreWhatWasDoneDayByDay() {
    Club c = club("dash-club");
    JsonPath d = dashboard(c.owner(), c, "");
    assumeStillToday(c);

    assertThat(d.getString("from")).isEqualTo(c.today().minusDays(12).toString());
    assertThat(d.getString("to")).isEqualTo(c.today().toString());
    assertThat(d.getString("branch")).isNull();
    assertThat(d.getMap("members")).containsEntry("total", 3).containsEntry("active", 2).containsEntry("newInPeriod", 3);
    assertThat(d.getMap("totals")).containsAllEntriesOf(Map.of("newMembers", 3, "invoices", 3, "sales", 9_000_000, "clubSales", 100_000,
        "returns", 1_000_000, "returnCount", 1));
    // Points: 200 + 300 + 490 earned, 50 taken by hand, 100 taken back by the return; 100 converted.
    assertThat(d.getMap("totals")).containsAllEntriesOf(Map.of("pointsIssued", 840, "pointsSpent", 100,
        // Credit: 150,000 given by hand and 10,000 from the conversion; 100,000 redeemed (the cancelled 20,000 is not).
        "creditIssued", 160_000, "creditSpent", 100_000));

    List<Map<String, Object>> daily = d.getList("daily");
    assertThat(daily).hasSize(13);
    assertThat(daily).extracting(r -> r.get("date")).first().isEqualTo(c.today().minusDays(12).toString());
    assertThat(day(d, c.first())).containsAllEntriesOf(Map.of("sales", 2_000_000, "invoices", 1, "pointsIssued", 0, "newMembers", 0));
    // INV-2 falls on Tehran's day although it is the day before in UTC.
    assertThat(day(d, c.second())).containsAllEntriesOf(Map.of("sales", 8_000_000, "invoices", 2));
    assertThat(day(d, c.second().minusDays(1))).containsAllEntriesOf(Map.of("sales", 0, "invoices", 0));
    assertThat(day(d, c.today())).containsAllEntriesOf(Map.of("sales", -1_000_000, "invoices", 0, "newMembers", 3, "pointsIssued", 840, "pointsSpent", 100,
        "creditIssued", 160_000, "creditSpent", 100_000));
    long quietDays = daily.stream().filter(r -> r.get("sales").equals(0) && r.get("invoices").equals(0) && r.get("newMembers").equals(0)
        && r.get("pointsIssued").equals(0) && r.get("creditSpent").equals(0)).count();
    assertThat(quietDays).isEqualTo(10);

    assertThat(d.getList("levels.level")).containsExactly("BRONZE", "SILVER", "GOLD");
    assertThat(d.getList("levels.members")).containsExactly(3, 0, 0);
    assertThat(d.getList("levels.programme")).containsOnly("default");
    assertThat(d.getList("topBranches.code")).containsExactly("b2", "b1");
    assertThat(d.getMap("topBranches[1]")).containsAllEntriesOf(Map.of("name", "شعبه یک", "sales", 4_000_000, "invoices", 2, "members", 2));
    assertThat(d.getMap("topBranches[0]")).containsAllEntriesOf(Map.of("name", "Two", "sales", 5_000_000, "invoices", 1, "members", 1));
  }

  @Test
  void aBranchSeesItsOwnSalesMovementsAndMembersAndItsManagerNothingElse() {
    Club c = club("dash-branch");
    JsonPath owner = dashboard(c.owner(), c, "&branch=b1");
    JsonPath manager = dashboard(c.manager(), c, "");
    assumeStillToday(c);

    for (JsonPath d : List.of(owner, manager)) {
      assertThat(d.getString("branch")).isEqualTo("b1");
      // Nima was registered at b1 by its manager, and is deactivated.
      assertThat(d.getMap("members")).containsEntry("total", 1).containsEntry("active", 0).containsEntry("newInPeriod", 1);
      assertThat(d.getMap("totals")).containsAllEntriesOf(Map.of("sales", 4_000_000, "invoices", 2, "returns", 1_000_000, "clubSales", 0,
          // b1's tills earned 200 and 300 and took back 100; head office movements and b2's redemption are not b1's.
          "pointsIssued", 400, "pointsSpent", 0, "creditIssued", 0, "creditSpent", 0));
      assertThat(day(d, c.second())).containsAllEntriesOf(Map.of("sales", 3_000_000, "invoices", 1));
      assertThat(d.getList("topBranches.code")).containsExactly("b1");
      // The members who bought at b1 in the range: Sara and Reza.
      assertThat(d.getList("levels.members")).containsExactly(2, 0, 0);
    }
    api.as(c.manager()).get("/dashboard?branch=b2").then().statusCode(403).body("type", equalTo("https://bashgah.ir/problems/forbidden"));
    api.as(c.manager()).get("/dashboard?branch=b1").then().statusCode(200).body("branch", equalTo("b1"));
    api.as(c.owner()).get("/dashboard?branch=nowhere").then().statusCode(404);
  }

  @Test
  void badRangesAreRefusedNamingTheField() {
    String owner = api.createTenant(admin, "dash-range", "BASIC");
    api.as(owner).get("/dashboard?from=2026-11-10&to=2026-11-01").then().statusCode(422).contentType("application/problem+json")
        .body("type", equalTo(VALIDATION)).body("errors.field", contains("from"));
    api.as(owner).get("/dashboard?from=2024-11-01&to=2026-11-02").then().statusCode(422).body("errors.field", contains("to"));
    api.as(owner).get("/dashboard?from=2024-11-01&to=2026-11-01").then().statusCode(200).body("daily", hasSize(731));
    api.as(owner).get("/dashboard?from=1405/08/01&to=yesterday").then().statusCode(422).body("errors.field", contains("from", "to"));
    // Nothing given: the last 30 days up to today, on every plan (A1 is in all of them).
    JsonPath d = api.as(owner).get("/dashboard").then().statusCode(200).extract().jsonPath();
    LocalDate to = LocalDate.parse(d.getString("to"));
    assertThat(LocalDate.parse(d.getString("from"))).isEqualTo(to.minusDays(29));
    assertThat(d.getList("daily")).hasSize(30);
    assertThat(to).isBetween(LocalDate.now(TEHRAN).minusDays(1), LocalDate.now(TEHRAN));
  }

  @Test
  void whoMaySeeTheDashboardAndThatAnotherClubSeesNoneOfIt() {
    Club c = club("dash-iso");
    String other = api.createTenant(admin, "dash-iso-2", "PROFESSIONAL");
    JsonPath theirs = dashboard(other, c, "");
    assertThat(theirs.getMap("members")).containsEntry("total", 0);
    assertThat(theirs.getMap("totals")).containsAllEntriesOf(Map.of("sales", 0, "invoices", 0, "pointsIssued", 0, "creditSpent", 0));
    assertThat(theirs.getList("topBranches")).isEmpty();
    api.as(other).get("/dashboard?branch=b1").then().statusCode(404);

    String analyst = api.staff(c.owner(), "dash-iso", "ana", "analyst", null);
    String marketer = api.staff(c.owner(), "dash-iso", "mkt", "marketer", null);
    String cashier = api.staff(c.owner(), "dash-iso", "cash", "cashier", "b1");
    api.as(analyst).get("/dashboard").then().statusCode(200).body("topBranches.code", hasItem("b1"));
    api.as(marketer).get("/dashboard").then().statusCode(200);
    api.as(cashier).get("/dashboard").then().statusCode(403);
    api.as(admin).get("/dashboard").then().statusCode(403);
    api.anonymous().get("/dashboard").then().statusCode(401);
    String key = api.createTerminal(c.owner(), "b1", "till-x");
    api.terminal(key).get("/dashboard").then().statusCode(403);
  }
}
