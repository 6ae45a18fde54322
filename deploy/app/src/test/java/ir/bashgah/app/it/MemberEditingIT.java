package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing a member (M1 fields, checked as at registration) and switching him or his credit off (M5), with what the till then does. */
class MemberEditingIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  private static Map<String, Object> patch(Object... pairs) {
    Map<String, Object> body = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      body.put((String) pairs[i], pairs[i + 1]);
    }
    return body;
  }

  @Test
  void anEditChangesWhatIsSentNormalisedAsAtRegistrationAndClearsWhatIsSentAsNull() {
    String owner = api.createTenant(admin, "edit-basic", "BASIC");
    Map<String, Object> sara = new HashMap<>(Map.of("firstName", "Sara", "lastName", "Karimi", "mobile", "09121230001", "email", "s@example.ir"));
    String code = api.as(owner).body(sara).post("/members").then().statusCode(201).extract().path("memberCode");

    api.as(owner).body(patch("mobile", "+98 935 111 ۲۲۳۳", "email", null, "lastName", "کریمی", "postalCode", "۱۲۳۴۵۶۷۸۹۰", "nationalCode", "۰۰۱۲۳۴۵۶۷۹"))
        .patch("/members/" + code).then().statusCode(200)
        .body("mobile", equalTo("09351112233")).body("email", nullValue()).body("lastName", equalTo("کریمی"))
        .body("postalCode", equalTo("1234567890")).body("nationalCode", equalTo("001****679")).body("firstName", equalTo("Sara"));
    api.as(owner).get("/members?mobile=09351112233").then().body("memberCode", hasItems(code));
    api.as(owner).get("/members?mobile=09121230001").then().body("$", hasSize(0));
    api.as(owner).get("/members?nationalCode=0012345679").then().body("memberCode", hasItems(code));

    api.as(owner).body(patch("firstName", "", "mobile", "123", "birthDate", "2999-01-01")).patch("/members/" + code).then().statusCode(422)
        .body("type", equalTo(PROBLEMS + "validation-failed")).body("errors.field", hasItems("firstName", "mobile", "birthDate"));
    api.as(owner).body(patch("shoeSize", "42", "firstName", List.of("x"))).patch("/members/" + code).then().statusCode(422)
        .body("errors.field", hasItems("shoeSize", "firstName"));
    api.as(owner).body(patch("group", "NOPE")).patch("/members/" + code).then().statusCode(422).body("errors[0].field", equalTo("group"));
    api.as(owner).body(patch("referrerCode", code)).patch("/members/" + code).then().statusCode(422).body("errors[0].field", equalTo("referrerCode"));
    api.as(owner).body(Map.of()).patch("/members/" + code).then().statusCode(422);
    api.as(owner).body(patch("firstName", "X")).patch("/members/999999999").then().statusCode(404);
    api.as(owner).get("/members/" + code).then().body("mobile", equalTo("09351112233")).body("firstName", equalTo("Sara"));
  }

  @Test
  void anEditCannotTakeAnotherMembersMobileNationalCodeOrReference() {
    String owner = api.createTenant(admin, "edit-dup", "BASIC");
    api.as(owner).body(Map.of("firstName", "A", "lastName", "A", "mobile", "09121230002", "nationalCode", "1234567891", "externalRef", "ERP-1"))
        .post("/members").then().statusCode(201);
    String other = api.register(owner, "B", "B", "09121230003");
    api.as(owner).body(patch("mobile", "09121230002")).patch("/members/" + other).then().statusCode(409)
        .body("type", equalTo(PROBLEMS + "conflict")).body("errors[0].field", equalTo("mobile"));
    api.as(owner).body(patch("nationalCode", "1234567891")).patch("/members/" + other).then().statusCode(409).body("errors[0].field", equalTo("nationalCode"));
    api.as(owner).body(patch("externalRef", "ERP-1")).patch("/members/" + other).then().statusCode(409).body("errors[0].field", equalTo("externalRef"));
    api.as(owner).body(patch("mobile", "0912 123 0003", "externalRef", "ERP-2")).patch("/members/" + other).then().statusCode(200)
        .body("externalRef", equalTo("ERP-2"));
  }

  @Test
  void anEditIsAuditedWithBeforeAndAfterButNeverTheWholeMobileOrNationalCode() {
    String owner = api.createTenant(admin, "edit-audit", "STANDARD");
    String code = api.register(owner, "Ali", "Navid", "09121230004");
    api.as(owner).body(patch("mobile", "09357654321", "nationalCode", "0499370899", "title", "آقای")).patch("/members/" + code).then().statusCode(200);
    api.as(owner).body(patch("title", "آقای")).patch("/members/" + code).then().statusCode(200);
    String audit = api.as(owner).get("/audit?action=MEMBER.EDIT").then().statusCode(200).body("items", hasSize(1))
        .body("items[0].targetId", equalTo(code)).extract().asString();
    assertThat(audit).doesNotContain("09357654321").doesNotContain("0499370899").doesNotContain("09121230004")
        .contains("0935").contains("049****899").contains("آقای");
    String registration = api.as(owner).get("/audit?action=MEMBER.REGISTER").then().statusCode(200).body("items", hasSize(1)).extract().asString();
    assertThat(registration).doesNotContain("09121230004").contains("0912…04");
  }

  @Test
  void aDeactivatedMemberIsRefusedEverywhereAtTheTillUntilReactivated() {
    Api.Till t = api.till(admin, "edit-off", "2468");
    api.as(t.owner()).body(Map.of("active", false, "creditActive", true, "reason", "حساب مشکوک")).put("/members/" + t.member() + "/status")
        .then().statusCode(200).body("active", equalTo(false)).body("creditActive", equalTo(true));
    for (Map<String, Object> by : List.<Map<String, Object>>of(Map.of("memberCode", t.member()), Map.of("cardNumber", t.cardNumber()), Map.of("mobile", "09124440000"))) {
      api.terminal(t.key()).body(by).post("/pos/lookup").then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));
    }
    api.terminal(t.key()).header("Idempotency-Key", "r1").body(Map.of("memberCode", t.member(), "amount", 1_000, "pin", "2468")).post("/pos/redemptions")
        .then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));
    api.terminal(t.key()).header("Idempotency-Key", "i1").body(cashInvoice("INV-OFF-1", t.member())).post("/pos/invoices")
        .then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));

    api.as(t.owner()).body(Map.of("active", true, "creditActive", true, "reason", "بررسی شد")).put("/members/" + t.member() + "/status").then().statusCode(200);
    api.terminal(t.key()).body(Map.of("memberCode", t.member())).post("/pos/lookup").then().statusCode(200);
    api.as(t.owner()).get("/audit?action=MEMBER.STATUS").then().body("items", hasSize(2));
  }

  @Test
  void aMemberWhoseCreditAloneIsOffBuysButCannotSpendCredit() {
    Api.Till t = api.till(admin, "edit-credit", "2468");
    api.as(t.owner()).header("Idempotency-Key", "fund").body(Map.of("asset", "CREDIT", "amount", 20_000, "reason", "gift")).post("/members/" + t.member() + "/adjustments")
        .then().statusCode(201);
    api.as(t.owner()).body(Map.of("active", true, "creditActive", false, "reason", "بدهی معوق")).put("/members/" + t.member() + "/status")
        .then().statusCode(200).body("creditActive", equalTo(false));
    api.terminal(t.key()).body(Map.of("cardNumber", t.cardNumber())).post("/pos/lookup").then().statusCode(200).body("balance.credit", equalTo(20_000));
    api.terminal(t.key()).header("Idempotency-Key", "r1").body(Map.of("memberCode", t.member(), "amount", 1_000, "pin", "2468")).post("/pos/redemptions")
        .then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));
    api.terminal(t.key()).header("Idempotency-Key", "i1").body(cashInvoice("INV-CR-1", t.member())).post("/pos/invoices").then().statusCode(201);
    api.as(t.owner()).get("/members/" + t.member() + "/balance").then().body("credit", equalTo(20_000));
  }

  @Test
  void aStatusChangeSaysWhatAndWhy() {
    String owner = api.createTenant(admin, "edit-why", "BASIC");
    String code = api.register(owner, "Reza", "Why", "09121230005");
    api.as(owner).body(Map.of("active", false, "creditActive", false)).put("/members/" + code + "/status").then().statusCode(422)
        .body("errors[0].field", equalTo("reason"));
    api.as(owner).body(Map.of("creditActive", false, "reason", "x")).put("/members/" + code + "/status").then().statusCode(422)
        .body("errors[0].field", equalTo("active"));
    api.as(owner).get("/members/" + code).then().body("active", equalTo(true)).body("creditActive", equalTo(true));
  }

  @Test
  void anotherClubCannotEditOrSwitchOffYourMembers() {
    String a = api.createTenant(admin, "edit-iso-a", "BASIC");
    String b = api.createTenant(admin, "edit-iso-b", "BASIC");
    String code = api.register(a, "Only", "InA", "09121230006");
    api.as(b).body(patch("firstName", "Hacked")).patch("/members/" + code).then().statusCode(404);
    api.as(b).body(Map.of("active", false, "creditActive", false, "reason", "x")).put("/members/" + code + "/status").then().statusCode(404);
    api.as(a).get("/members/" + code).then().body("firstName", equalTo("Only")).body("active", equalTo(true));
  }

  private static Map<String, Object> cashInvoice(String number, String member) {
    return Map.of("invoiceNumber", number, "memberCode", member, "issuedAt", "2026-11-23T12:30:00+03:30",
        "lines", List.of(Map.of("sku", "A1", "productGroup", "drinks", "quantity", 1, "unitPrice", 100_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", 100_000)));
  }
}
