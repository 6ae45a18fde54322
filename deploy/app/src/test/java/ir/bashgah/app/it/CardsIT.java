package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import ir.bashgah.kernel.text.Luhn;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Card types and cards (M3): several cards per member, suspension, a final block, a lost card replaced with every point kept. */
class CardsIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  private static LocalDate todayInIran() {
    return LocalDate.now(ZoneId.of("Asia/Tehran"));
  }

  @Test
  void aMemberHoldsCardsOfTheClubsTypesEachExpiringAsItsTypeSaid() {
    String owner = api.createTenant(admin, "card-types", "BASIC");
    String code = api.register(owner, "Sara", "Amini", "09121250001");
    api.as(owner).get("/card-types").then().statusCode(200).body("code", contains("STANDARD")).body("[0].validityMonths", nullValue());
    api.as(owner).body(Map.of("code", "gold", "name", "کارت طلایی", "validityMonths", "۲۴")).post("/card-types").then().statusCode(201)
        .body("code", equalTo("GOLD")).body("validityMonths", equalTo(24));

    Response gold = api.as(owner).header("Idempotency-Key", "gold-1").body(Map.of("type", "gold")).post("/members/" + code + "/cards");
    gold.then().statusCode(201).body("type", equalTo("GOLD")).body("memberCode", equalTo(code)).body("status", equalTo("ACTIVE"))
        .body("cardNumber", matchesPattern("9\\d{15}")).body("expiresOn", equalTo(todayInIran().plusMonths(24).toString()));
    assertThat(Luhn.isValid(gold.path("cardNumber"))).isTrue();
    Response replay = api.as(owner).header("Idempotency-Key", "gold-1").body(Map.of("type", "gold")).post("/members/" + code + "/cards");
    assertThat(replay.asString()).isEqualTo(gold.asString());
    api.as(owner).body(Map.of()).post("/members/" + code + "/cards").then().statusCode(201).body("type", equalTo("STANDARD")).body("expiresOn", nullValue());
    api.as(owner).get("/members/" + code + "/cards").then().statusCode(200).body("$", hasSize(3));

    api.as(owner).body(Map.of("name", "کارت طلایی", "validityMonths", 0)).put("/card-types/GOLD").then().statusCode(422).body("errors[0].field", equalTo("validityMonths"));
    api.as(owner).body(Map.of("name", "کارت طلایی")).put("/card-types/GOLD").then().statusCode(200).body("validityMonths", nullValue());
    api.as(owner).body(Map.of("type", "GOLD")).post("/members/" + code + "/cards").then().statusCode(201).body("expiresOn", nullValue());
    api.as(owner).get("/cards/" + gold.path("cardNumber")).then().statusCode(200).body("expiresOn", equalTo(todayInIran().plusMonths(24).toString()));

    api.as(owner).body(Map.of("type", "NOPE")).post("/members/" + code + "/cards").then().statusCode(422).body("errors[0].field", equalTo("type"));
    api.as(owner).body(Map.of("code", "GOLD", "name", "again")).post("/card-types").then().statusCode(409);
    api.as(owner).body(Map.of("code", "X", "name", "x", "validityMonths", 1.5)).post("/card-types").then().statusCode(422);
    api.as(owner).body(Map.of()).post("/members/999999999/cards").then().statusCode(404);
  }

  @Test
  void aSuspendedCardComesBackButABlockedOneNever() {
    Api.Till t = api.till(admin, "card-block", "1357");
    String card = "/cards/" + t.cardNumber() + "/status";
    api.as(t.owner()).body(Map.of("status", "SUSPENDED", "reason", "کارت نزد صندوق‌دار جا مانده")).put(card).then().statusCode(200).body("status", equalTo("SUSPENDED"));
    api.terminal(t.key()).body(Map.of("cardNumber", t.cardNumber())).post("/pos/lookup").then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));
    api.as(t.owner()).body(Map.of("status", "ACTIVE", "reason", "پیدا شد")).put(card).then().statusCode(200).body("status", equalTo("ACTIVE"));
    api.terminal(t.key()).body(Map.of("cardNumber", t.cardNumber())).post("/pos/lookup").then().statusCode(200);

    api.as(t.owner()).body(Map.of("status", "BLOCKED", "reason", "گم شده")).put(card).then().statusCode(200).body("status", equalTo("BLOCKED"));
    api.terminal(t.key()).body(Map.of("cardNumber", t.cardNumber())).post("/pos/lookup").then().statusCode(423);
    api.terminal(t.key()).header("Idempotency-Key", "r1").body(Map.of("cardNumber", t.cardNumber(), "amount", 1_000, "pin", "1357")).post("/pos/redemptions")
        .then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));
    api.as(t.owner()).body(Map.of("status", "ACTIVE", "reason", "اشتباه شد")).put(card).then().statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));
    api.as(t.owner()).body(Map.of("status", "SUSPENDED", "reason", "x")).put(card).then().statusCode(409);
    api.as(t.owner()).body(Map.of("status", "REPLACED", "reason", "x")).put(card).then().statusCode(422).body("errors[0].field", equalTo("status"));
    api.as(t.owner()).body(Map.of("status", "LOST", "reason", "x")).put(card).then().statusCode(422).body("errors[0].field", equalTo("status"));
    api.as(t.owner()).body(Map.of("status", "ACTIVE")).put(card).then().statusCode(422).body("errors[0].field", equalTo("reason"));
    api.as(t.owner()).get("/cards/" + t.cardNumber()).then().body("status", equalTo("BLOCKED"));
    // the member is not blocked, only the card
    api.terminal(t.key()).body(Map.of("memberCode", t.member())).post("/pos/lookup").then().statusCode(200);

    String audit = api.as(t.owner()).get("/audit?action=CARD.STATUS").then().body("items", hasSize(3)).extract().asString();
    assertThat(audit).doesNotContain(t.cardNumber()).contains(t.cardNumber().substring(0, 4) + "…" + t.cardNumber().substring(12));
  }

  @Test
  void aLostCardIsReplacedAndTheMemberKeepsEveryPointAndRial() {
    Api.Till t = api.till(admin, "card-lost", "1357");
    String member = "/members/" + t.member();
    api.as(t.owner()).header("Idempotency-Key", "c").body(Map.of("asset", "CREDIT", "amount", 40_000, "reason", "gift")).post(member + "/adjustments").then().statusCode(201);
    api.as(t.owner()).header("Idempotency-Key", "p").body(Map.of("asset", "POINTS", "amount", 500, "reason", "gift")).post(member + "/adjustments").then().statusCode(201);

    Response replaced = api.as(t.owner()).header("Idempotency-Key", "lost-1").body(Map.of("reason", "گم شد")).post("/cards/" + t.cardNumber() + "/replace");
    replaced.then().statusCode(201).body("status", equalTo("ACTIVE")).body("type", equalTo("STANDARD")).body("memberCode", equalTo(t.member()))
        .body("cardNumber", not(equalTo(t.cardNumber())));
    String fresh = replaced.path("cardNumber");
    assertThat(api.as(t.owner()).header("Idempotency-Key", "lost-1").body(Map.of("reason", "گم شد")).post("/cards/" + t.cardNumber() + "/replace").asString())
        .isEqualTo(replaced.asString());

    api.as(t.owner()).get("/cards/" + t.cardNumber()).then().body("status", equalTo("REPLACED")).body("replacedBy", equalTo(fresh));
    api.as(t.owner()).get(member).then().body("cardNumber", equalTo(fresh)).body("cards", hasSize(2));
    api.terminal(t.key()).body(Map.of("cardNumber", t.cardNumber())).post("/pos/lookup").then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));
    api.terminal(t.key()).body(Map.of("cardNumber", fresh)).post("/pos/lookup").then().statusCode(200)
        .body("memberCode", equalTo(t.member())).body("balance.credit", equalTo(40_000)).body("balance.points", equalTo(500));
    api.terminal(t.key()).header("Idempotency-Key", "spend").body(Map.of("cardNumber", fresh, "amount", 15_000, "pin", "1357")).post("/pos/redemptions")
        .then().statusCode(201).body("balance.credit", equalTo(25_000));

    api.as(t.owner()).header("Idempotency-Key", "lost-2").body(Map.of("reason", "again")).post("/cards/" + t.cardNumber() + "/replace").then().statusCode(409);
    api.as(t.owner()).body(Map.of("status", "ACTIVE", "reason", "x")).put("/cards/" + t.cardNumber() + "/status").then().statusCode(409);
    api.as(t.owner()).body(Map.of()).post("/cards/" + fresh + "/replace").then().statusCode(422).body("errors[0].field", equalTo("reason"));
    api.as(t.owner()).body(Map.of("reason", "x")).post("/cards/9000000000000001/replace").then().statusCode(404);
    String audit = api.as(t.owner()).get("/audit?action=CARD.REPLACE").then().body("items", hasSize(1)).extract().asString();
    assertThat(audit).doesNotContain(t.cardNumber()).doesNotContain(fresh);
  }

  @Test
  void anotherClubsCardsAndCardTypesDoNotExistForYou() {
    Api.Till a = api.till(admin, "card-iso-a", "1357");
    String b = api.createTenant(admin, "card-iso-b", "BASIC");
    api.as(a.owner()).body(Map.of("code", "GOLD", "name", "Gold")).post("/card-types").then().statusCode(201);
    api.as(b).get("/cards/" + a.cardNumber()).then().statusCode(404);
    api.as(b).body(Map.of("status", "BLOCKED", "reason", "x")).put("/cards/" + a.cardNumber() + "/status").then().statusCode(404);
    api.as(b).body(Map.of("reason", "x")).post("/cards/" + a.cardNumber() + "/replace").then().statusCode(404);
    api.as(b).body(Map.of()).post("/members/" + a.member() + "/cards").then().statusCode(404);
    api.as(b).get("/members/" + a.member() + "/cards").then().statusCode(404);
    api.as(b).get("/card-types/GOLD").then().statusCode(404);
    api.as(b).body(Map.of("name", "Mine")).put("/card-types/GOLD").then().statusCode(404);
    api.as(a.owner()).get("/cards/" + a.cardNumber()).then().statusCode(200).body("status", equalTo("ACTIVE"));
  }
}
