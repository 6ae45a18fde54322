package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Balances, the ledger and manual adjustments (L1, L5, L7; docs/integration.md, Members). */
class LedgerIT extends RunningPlatform {
  private String register(String owner, String mobile) {
    return api.as(owner).body(Map.of("firstName", "Ledger", "lastName", "Member", "mobile", mobile)).post("/members")
        .then().statusCode(201).extract().path("memberCode");
  }

  private Response adjust(String token, String member, String key, String asset, long amount, String reason) {
    return api.as(token).header("Idempotency-Key", key).body(Map.of("asset", asset, "amount", amount, "reason", reason))
        .post("/members/" + member + "/adjustments");
  }

  @Test
  void adjustmentsChangeTheBalanceAndAreListedNewestFirst() {
    String owner = api.createTenant(admin, "led-basic", "STANDARD");
    String m = register(owner, "09121000001");
    api.as(owner).get("/members/" + m + "/balance").then().statusCode(200).body("points", equalTo(0)).body("credit", equalTo(0));

    adjust(owner, m, "a1", "POINTS", 1000, "opening balance").then().statusCode(201).body("balance.points", equalTo(1000));
    adjust(owner, m, "a2", "CREDIT", 50_000, "compensation").then().statusCode(201).body("balance.credit", equalTo(50_000));
    adjust(owner, m, "a3", "POINTS", -300, "correction").then().statusCode(201).body("balance.points", equalTo(700)).body("balance.credit", equalTo(50_000));

    api.as(owner).get("/members/" + m + "/balance").then().body("points", equalTo(700)).body("credit", equalTo(50_000)).body("pendingPoints", equalTo(0));
    api.as(owner).get("/members/" + m + "/ledger").then().statusCode(200)
        .body("total", equalTo(3))
        .body("items.amount", contains(-300, 50_000, 1000))
        .body("items[0].balanceAfter", equalTo(700))
        .body("items[0].kind", equalTo("ADJUST"))
        .body("items[0].reason", equalTo("correction"))
        .body("items[0].actor", equalTo("owner"));
    api.as(owner).get("/audit?action=LOYALTY.ADJUST").then().body("total", equalTo(3));
  }

  @Test
  void aDecreaseBelowZeroIsRefusedAndChangesNothing() {
    String owner = api.createTenant(admin, "led-neg", "BASIC");
    String m = register(owner, "09121000002");
    adjust(owner, m, "n1", "POINTS", 500, "opening").then().statusCode(201);
    adjust(owner, m, "n2", "POINTS", -501, "too much").then().statusCode(422)
        .body("type", equalTo("https://bashgah.ir/problems/insufficient-credit"));
    adjust(owner, m, "n3", "CREDIT", -1, "nothing there").then().statusCode(422);
    api.as(owner).get("/members/" + m + "/balance").then().body("points", equalTo(500)).body("credit", equalTo(0));
    api.as(owner).get("/members/" + m + "/ledger").then().body("total", equalTo(1));
  }

  @Test
  void aReplayedAdjustmentAppliesOnce() {
    String owner = api.createTenant(admin, "led-idem", "BASIC");
    String m = register(owner, "09121000003");
    Response first = adjust(owner, m, "same", "CREDIT", 20_000, "gift");
    Response again = adjust(owner, m, "same", "CREDIT", 20_000, "gift");
    first.then().statusCode(201);
    again.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(again.asString()).isEqualTo(first.asString());
    api.as(owner).get("/members/" + m + "/balance").then().body("credit", equalTo(20_000));
    adjust(owner, m, "same", "CREDIT", 30_000, "gift").then().statusCode(422).body("type", equalTo("https://bashgah.ir/problems/idempotency-key-reuse"));
    api.as(owner).body(Map.of("asset", "CREDIT", "amount", 5, "reason", "no key")).post("/members/" + m + "/adjustments")
        .then().statusCode(400).body("type", equalTo("https://bashgah.ir/problems/idempotency-key-required"));
  }

  /** Many terminals at once take credit from one member: never more than he has, and exactly all of it. */
  @Test
  void concurrentDecreasesNeverSpendMoreThanTheBalance() throws Exception {
    String owner = api.createTenant(admin, "led-race", "BASIC");
    String m = register(owner, "09121000004");
    adjust(owner, m, "fund", "CREDIT", 10_000, "funding").then().statusCode(201);
    List<Integer> statuses = Race.run(32, i -> adjust(owner, m, "spend-" + i, "CREDIT", -1_000, "spend").statusCode());
    assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(10);
    assertThat(statuses.stream().filter(s -> s == 422).count()).isEqualTo(22);
    api.as(owner).get("/members/" + m + "/balance").then().body("credit", equalTo(0));

    try (Connection c = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT COALESCE(SUM(amount),0) FROM t_led_race.ledger_entry WHERE asset='CREDIT'),"
            + " (SELECT available FROM t_led_race.balance WHERE asset='CREDIT'), (SELECT SUM(remaining) FROM t_led_race.lot WHERE asset='CREDIT')")) {
      rs.next();
      assertThat(rs.getLong(1)).as("sum of entries").isEqualTo(0);
      assertThat(rs.getLong(2)).as("balance").isEqualTo(0);
      assertThat(rs.getLong(3)).as("left in lots").isEqualTo(0);
    }
  }

  @Test
  void decreasesDrawFromTheOldestLotsFirst() throws Exception {
    String owner = api.createTenant(admin, "led-fifo", "BASIC");
    String m = register(owner, "09121000005");
    adjust(owner, m, "l1", "POINTS", 100, "first").then().statusCode(201);
    adjust(owner, m, "l2", "POINTS", 200, "second").then().statusCode(201);
    adjust(owner, m, "l3", "POINTS", -150, "spend").then().statusCode(201);
    try (Connection c = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT original, remaining FROM t_led_fifo.lot ORDER BY earned_at, id")) {
      rs.next();
      assertThat(rs.getLong(2)).as("oldest lot").isEqualTo(0);
      rs.next();
      assertThat(rs.getLong(2)).as("newer lot").isEqualTo(150);
    }
  }

  @Test
  void badAdjustmentsAreExplainedAndOnlyManagersMayAdjust() {
    String owner = api.createTenant(admin, "led-bad", "BASIC");
    String m = register(owner, "09121000006");
    api.as(owner).header("Idempotency-Key", "b1").body(Map.of("asset", "GOLD", "amount", 0)).post("/members/" + m + "/adjustments")
        .then().statusCode(422).body("errors.field", hasItems("asset", "amount", "reason"));
    api.as(owner).header("Idempotency-Key", "b2").body("{\"asset\":\"POINTS\",\"amount\":1.5,\"reason\":\"x\"}").post("/members/" + m + "/adjustments")
        .then().statusCode(400).body("type", equalTo("https://bashgah.ir/problems/malformed-request"));
    api.as(owner).header("Idempotency-Key", "b2s").body("{\"asset\":\"POINTS\",\"amount\":\"12\",\"reason\":\"x\"}").post("/members/" + m + "/adjustments")
        .then().statusCode(400);
    api.as(owner).header("Idempotency-Key", "b2t").body("{\"asset\":\"POINTS\",\"amount\":12.0,\"reason\":\"whole\"}").post("/members/" + m + "/adjustments")
        .then().statusCode(201).body("balance.points", equalTo(12));
    adjust(owner, "999999999", "b3", "POINTS", 5, "nobody").then().statusCode(404);

    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    api.as(owner).body(Map.of("username", "cash", "password", "Cash-pass-2026", "role", "cashier", "branch", "b1")).post("/staff").then().statusCode(201);
    String cashier = api.staffToken("led-bad", "cash", "Cash-pass-2026");
    adjust(cashier, m, "b4", "POINTS", 5, "cashier tries").then().statusCode(403);
    api.as(cashier).get("/members/" + m + "/balance").then().statusCode(200);

    String other = api.createTenant(admin, "led-bad-2", "BASIC");
    adjust(other, m, "b5", "POINTS", 5, "other club").then().statusCode(404);
    api.as(other).get("/members/" + m + "/ledger").then().statusCode(404);
  }

  /** A new member's balance rows exist from the start: many first movements at once all go through, none deadlocks. */
  @Test
  void aNewMembersFirstMovementsFromManyCallersAtOnceAllSucceed() throws Exception {
    String owner = api.createTenant(admin, "led-first", "STANDARD");
    List<String> members = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      members.add(register(owner, "0912100010" + i));
    }
    List<Integer> statuses = Race.run(32, i -> adjust(owner, members.get(i % 4), "first-" + i, i % 8 < 4 ? "POINTS" : "CREDIT", 100, "opening").statusCode());
    assertThat(statuses).containsOnly(201);
    for (String m : members) {
      api.as(owner).get("/members/" + m + "/balance").then().body("points", equalTo(400)).body("credit", equalTo(400));
    }
  }
}
