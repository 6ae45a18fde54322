package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The till: lookup, redemption with PIN, cancellation (docs/integration.md, POS; L3, M4, M6). */
class PosRedemptionIT extends RunningPlatform {
  private record Club(String owner, String memberCode, String cardNumber, List<String> keys) {}

  private Club club(String slug, int terminals, long credit) {
    String owner = api.createTenant(admin, slug, "STANDARD");
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    api.as(owner).body(Map.of("code", "A", "name", "گروه الف")).post("/member-groups").then().statusCode(201);
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < terminals; i++) {
      keys.add(api.createTerminal(owner, "b1", "till-" + i));
    }
    var member = api.as(owner).body(Map.of("firstName", "Mina", "lastName", "Tehrani", "mobile", "09121110000", "group", "A")).post("/members")
        .then().statusCode(201).extract().jsonPath();
    String code = member.getString("memberCode");
    api.as(owner).body(Map.of("pin", "1234")).put("/members/" + code + "/pin").then().statusCode(204);
    if (credit > 0) {
      api.as(owner).header("Idempotency-Key", "fund").body(Map.of("asset", "CREDIT", "amount", credit, "reason", "funding")).post("/members/" + code + "/adjustments")
          .then().statusCode(201);
    }
    return new Club(owner, code, member.getString("cardNumber"), keys);
  }

  private Response redeem(String key, String idem, Map<String, Object> body) {
    return api.terminal(key).header("Idempotency-Key", idem).body(body).post("/pos/redemptions");
  }

  @Test
  void aTerminalFindsAMemberByCardCodeOrMobile() {
    Club c = club("pos-look", 1, 25_000);
    String key = c.keys().get(0);
    api.terminal(key).body(Map.of("cardNumber", c.cardNumber())).post("/pos/lookup").then().statusCode(200)
        .body("memberCode", equalTo(c.memberCode())).body("name", equalTo("Mina Tehrani")).body("group", equalTo("A"))
        .body("balance.credit", equalTo(25_000)).body("balance.points", equalTo(0));
    api.terminal(key).body(Map.of("memberCode", c.memberCode())).post("/pos/lookup").then().statusCode(200);
    api.terminal(key).body(Map.of("mobile", "+989121110000")).post("/pos/lookup").then().statusCode(200).body("memberCode", equalTo(c.memberCode()));
    api.terminal(key).body(Map.of("mobile", "09129990000")).post("/pos/lookup").then().statusCode(404);
    // member QR codes (B7) come with the VIP plan; MemberQrIT covers them
    api.terminal(key).body(Map.of("qr", "anything")).post("/pos/lookup").then().statusCode(403)
        .body("type", equalTo("https://bashgah.ir/problems/feature-not-in-plan"));
    api.terminal(key).body(Map.of()).post("/pos/lookup").then().statusCode(422);
  }

  @Test
  void creditIsSpentWithThePinAndCancellingGivesItBackOnce() {
    Club c = club("pos-redeem", 1, 30_000);
    String key = c.keys().get(0);
    Response first = redeem(key, "r1", Map.of("memberCode", c.memberCode(), "amount", 12_000, "pin", "1234", "invoiceNumber", "INV-1"));
    first.then().statusCode(201).body("amount", equalTo(12_000)).body("balance.credit", equalTo(18_000));
    Response replay = redeem(key, "r1", Map.of("memberCode", c.memberCode(), "amount", 12_000, "pin", "1234", "invoiceNumber", "INV-1"));
    assertThat(replay.asString()).isEqualTo(first.asString());
    redeem(key, "r2", Map.of("cardNumber", c.cardNumber(), "amount", 20_000, "pin", "1234")).then().statusCode(422)
        .body("type", equalTo("https://bashgah.ir/problems/insufficient-credit"));

    String id = first.path("redemptionId");
    api.terminal(key).header("Idempotency-Key", "c1").post("/pos/redemptions/" + id + "/cancel").then().statusCode(200).body("balance.credit", equalTo(30_000));
    api.terminal(key).header("Idempotency-Key", "c2").post("/pos/redemptions/" + id + "/cancel").then().statusCode(200).body("balance.credit", equalTo(30_000));
    api.terminal(key).header("Idempotency-Key", "c3").post("/pos/redemptions/999/cancel").then().statusCode(404);
    api.terminal(key).post("/pos/redemptions/" + id + "/cancel").then().statusCode(400)
        .body("type", equalTo("https://bashgah.ir/problems/idempotency-key-required"));
    api.as(c.owner()).get("/members/" + c.memberCode() + "/ledger").then().body("items.kind", org.hamcrest.Matchers.contains("REDEMPTION_CANCELLED", "REDEEM", "ADJUST"));
  }

  @Test
  void wrongPinsCountAndTheFifthLocksSpending() {
    Club c = club("pos-pin", 1, 10_000);
    String key = c.keys().get(0);
    for (int i = 1; i <= 4; i++) {
      redeem(key, "w" + i, Map.of("memberCode", c.memberCode(), "amount", 1_000, "pin", "0000")).then().statusCode(403)
          .body("type", equalTo("https://bashgah.ir/problems/invalid-pin"));
    }
    redeem(key, "w5", Map.of("memberCode", c.memberCode(), "amount", 1_000, "pin", "0000")).then().statusCode(423)
        .body("type", equalTo("https://bashgah.ir/problems/pin-locked"));
    redeem(key, "w6", Map.of("memberCode", c.memberCode(), "amount", 1_000, "pin", "1234")).then().statusCode(423);
    api.as(c.owner()).get("/members/" + c.memberCode() + "/balance").then().body("credit", equalTo(10_000));
    api.as(c.owner()).body(Map.of("pin", "12")).put("/members/" + c.memberCode() + "/pin").then().statusCode(422);
  }

  /** docs/integration.md: 64 threads over 8 terminals redeeming from one member never spend more than his credit. */
  @Test
  void sixtyFourThreadsOverEightTerminalsLeaveTheCreditExactlyAtZero() throws Exception {
    Club c = club("pos-race", 8, 50_000);
    List<Integer> statuses = Race.run(64, i -> redeem(c.keys().get(i % 8), "race-" + i, Map.of("memberCode", c.memberCode(), "amount", 1_000, "pin", "1234")).statusCode());
    assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(50);
    assertThat(statuses.stream().filter(s -> s == 422).count()).isEqualTo(14);
    api.as(c.owner()).get("/members/" + c.memberCode() + "/balance").then().body("credit", equalTo(0));
    try (Connection db = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
        ResultSet rs = db.createStatement().executeQuery(
            "SELECT (SELECT SUM(amount) FROM t_pos_race.ledger_entry WHERE asset='CREDIT'), (SELECT SUM(remaining) FROM t_pos_race.lot WHERE asset='CREDIT'),"
                + " (SELECT COUNT(*) FROM t_pos_race.redemption WHERE status='ACTIVE')")) {
      rs.next();
      assertThat(rs.getLong(1)).isZero();
      assertThat(rs.getLong(2)).isZero();
      assertThat(rs.getLong(3)).isEqualTo(50);
    }
  }

  @Test
  void anotherClubsTerminalCannotSpendThisMembersCredit() {
    Club a = club("pos-iso-a", 1, 5_000);
    Club b = club("pos-iso-b", 1, 0);
    redeem(b.keys().get(0), "x1", Map.of("cardNumber", a.cardNumber(), "amount", 1_000, "pin", "1234")).then().statusCode(404);
    api.as(a.owner()).get("/members/" + a.memberCode() + "/balance").then().body("credit", equalTo(5_000));
  }
}
