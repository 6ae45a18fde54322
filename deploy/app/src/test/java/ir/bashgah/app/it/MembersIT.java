package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.response.Response;
import ir.bashgah.kernel.text.Luhn;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering and finding members (M1-M3, M6; docs/integration.md, Members). */
class MembersIT extends RunningPlatform {
  private static Map<String, Object> member(String first, String last, String mobile) {
    Map<String, Object> m = new HashMap<>();
    m.put("firstName", first);
    m.put("lastName", last);
    m.put("mobile", mobile);
    return m;
  }

  @Test
  void aMemberRegisteredWithPersianInputGetsACodeAndACardWithACheckDigit() {
    String owner = api.createTenant(admin, "mem-reg", "STANDARD");
    api.as(owner).body(Map.of("code", "A", "name", "گروه الف")).post("/member-groups").then().statusCode(201);
    api.as(owner).body(Map.of("code", "VIP", "name", "ویژه")).post("/member-categories").then().statusCode(201);
    Map<String, Object> body = member("سارا", "محمدی", "۰۹۱۲۱۲۳۴۵۶۷");
    body.putAll(Map.of("title", "خانم", "nationalCode", "۰۰۱۲۳۴۵۶۷۹", "birthDate", "1990-03-21", "marriageDate", "2015-06-01",
        "educationDegree", "کارشناسی", "educationField", "حسابداری", "phone", "021-8888 7777", "address", "تهران، خیابان آزادی",
        "postalCode", "۱۲۳۴۵۶۷۸۹۰", "email", "Sara@Example.ir"));
    body.putAll(Map.of("externalRef", "ERP-1001", "group", "A", "category", "VIP", "notes", "مشتری قدیمی", "otherPhones", "09351112233", "city", " تهران "));
    Response created = api.as(owner).body(body).post("/members");
    created.then().statusCode(201)
        .body("memberCode", matchesPattern("\\d{6,}"))
        .body("cardNumber", matchesPattern("9\\d{15}"))
        .body("mobile", equalTo("09121234567"))
        .body("nationalCode", equalTo("001****679"))
        .body("postalCode", equalTo("1234567890"))
        .body("city", equalTo("تهران"))
        .body("email", equalTo("sara@example.ir"))
        .body("educationField", equalTo("حسابداری"))
        .body("firstName", equalTo("سارا"));
    String code = created.path("memberCode");
    assertThat(Luhn.isValid(created.path("cardNumber"))).isTrue();

    api.as(owner).get("/members/" + code).then().statusCode(200).body("lastName", equalTo("محمدی")).body("cards", hasSize(1))
        .body("birthDate", equalTo("1990-03-21"));
    api.as(owner).queryParam("mobile", "+989121234567").get("/members").then().body("memberCode", hasItems(code));
    api.as(owner).get("/members?nationalCode=0012345679").then().body("memberCode", hasItems(code));
    api.as(owner).get("/members?cardNumber=" + created.path("cardNumber")).then().body("memberCode", hasItems(code));
    api.as(owner).queryParam("q", "محم").get("/members").then().body("memberCode", hasItems(code));
    api.as(owner).get("/members?mobile=09129999999").then().statusCode(200).body("$", hasSize(0));
  }

  @Test
  void sensitiveFieldsAreEncryptedInTheDatabase() throws Exception {
    String owner = api.createTenant(admin, "mem-enc", "BASIC");
    Map<String, Object> body = member("Ali", "Rezaei", "09121112233");
    body.put("nationalCode", "0499370899");
    api.as(owner).body(body).post("/members").then().statusCode(201);
    try (Connection c = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
        ResultSet rs = c.createStatement().executeQuery("SELECT mobile, national_code, first_name FROM t_mem_enc.member")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).startsWith("v1:").doesNotContain("09121112233");
      assertThat(rs.getString(2)).startsWith("v1:").doesNotContain("0499370899");
      assertThat(rs.getString(3)).isEqualTo("Ali");
    }
  }

  @Test
  void theSamePersonCannotBeRegisteredTwice() {
    String owner = api.createTenant(admin, "mem-dup", "BASIC");
    Map<String, Object> first = member("Reza", "Karimi", "09123334455");
    first.put("nationalCode", "1234567891");
    first.put("externalRef", "ERP-7");
    api.as(owner).body(first).post("/members").then().statusCode(201);

    api.as(owner).body(member("Other", "Person", "+98 912 333 4455")).post("/members").then().statusCode(409)
        .body("type", equalTo("https://bashgah.ir/problems/conflict")).body("errors[0].field", equalTo("mobile"));
    Map<String, Object> sameCode = member("Other", "Person", "09120000001");
    sameCode.put("nationalCode", "1234567891");
    api.as(owner).body(sameCode).post("/members").then().statusCode(409).body("errors[0].field", equalTo("nationalCode"));
    Map<String, Object> sameRef = member("Other", "Person", "09120000002");
    sameRef.put("externalRef", "ERP-7");
    api.as(owner).body(sameRef).post("/members").then().statusCode(409).body("errors[0].field", equalTo("externalRef"));

    String other = api.createTenant(admin, "mem-dup-2", "BASIC");
    api.as(other).body(first).post("/members").then().statusCode(201);
  }

  @Test
  void everyInvalidFieldIsNamed() {
    String owner = api.createTenant(admin, "mem-bad", "BASIC");
    Map<String, Object> body = member("", "X", "02188776655");
    body.putAll(Map.of("nationalCode", "0012345678", "birthDate", "1369/01/01", "marriageDate", "2999-01-01", "postalCode", "123",
        "email", "not-an-email", "referrerCode", "999999999"));
    api.as(owner).body(body).post("/members").then().statusCode(422)
        .body("type", equalTo("https://bashgah.ir/problems/validation-failed"))
        .body("errors.field", hasItems("firstName", "mobile", "nationalCode", "birthDate", "marriageDate", "postalCode", "email"));
    api.as(owner).body(Map.of("firstName", "Ok", "lastName", "Ok", "mobile", "09125556677", "referrerCode", "999999")).post("/members")
        .then().statusCode(422).body("errors[0].field", equalTo("referrerCode"));
    api.as(owner).body("{\"firstName\": [1]}").post("/members").then().statusCode(400);
    api.as(owner).get("/members?size=1000").then().statusCode(422);
    api.as(owner).get("/members").then().statusCode(200).body("$", hasSize(0));
  }

  @Test
  void anotherClubsMembersDoNotExistForYou() {
    String a = api.createTenant(admin, "mem-iso-a", "BASIC");
    String b = api.createTenant(admin, "mem-iso-b", "BASIC");
    String code = api.as(a).body(member("Only", "InA", "09127778899")).post("/members").then().statusCode(201).extract().path("memberCode");
    api.as(b).get("/members/" + code).then().statusCode(404);
    api.as(b).get("/members?mobile=09127778899").then().statusCode(200).body("$", hasSize(0));
    api.as(b).get("/members?code=" + code).then().body("$", hasSize(0));
  }

  @Test
  void whoMayRegisterAndWhoMayOnlyLook() {
    String owner = api.createTenant(admin, "mem-roles", "BASIC");
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    api.as(owner).body(Map.of("username", "cash", "password", "Cash-pass-2026", "role", "cashier", "branch", "b1")).post("/staff").then().statusCode(201);
    api.as(owner).body(Map.of("username", "mkt", "password", "Mkt-pass-2026", "role", "marketer")).post("/staff").then().statusCode(201);
    String cashier = api.staffToken("mem-roles", "cash", "Cash-pass-2026");
    String marketer = api.staffToken("mem-roles", "mkt", "Mkt-pass-2026");
    String key = api.createTerminal(owner, "b1", "till");

    api.as(cashier).body(member("By", "Cashier", "09121231231")).post("/members").then().statusCode(201);
    api.as(marketer).body(member("By", "Marketer", "09121231232")).post("/members").then().statusCode(403);
    api.as(marketer).get("/members?mobile=09121231231").then().statusCode(200).body("$", hasSize(1));
    api.terminal(key).get("/members?mobile=09121231231").then().statusCode(403);
  }

  @Test
  void registrationsAtTheSameMomentGetDistinctCodesAndCards() throws Exception {
    String owner = api.createTenant(admin, "mem-race", "BASIC");
    List<Response> answers = Race.run(48, i -> {
      String mobile = String.format("0912%07d", 4000000 + i);
      return api.as(owner).body(member("Race", "Member" + mobile.substring(7), mobile)).post("/members");
    });
    assertThat(answers).extracting(Response::statusCode).containsOnly(201);
    assertThat(answers.stream().map(r -> (String) r.path("memberCode")).distinct().count()).isEqualTo(48);
    assertThat(answers.stream().map(r -> (String) r.path("cardNumber")).distinct().count()).isEqualTo(48);
  }

  /**
   * One person registered by many cashiers at the same moment, his mobile typed each in one of the
   * accepted ways: one member with one card, and every other cashier is told 409 conflict.
   */
  @Test
  void onePersonRegisteredByManyCashiersAtOnceBecomesOneMember() throws Exception {
    String owner = api.createTenant(admin, "mem-same-race", "BASIC");
    List<String> spellings = List.of("09127770000", "+989127770000", "989127770000", "۰۹۱۲۷۷۷۰۰۰۰");
    List<Response> answers = Race.run(24, i -> Race.asATill(() -> api.as(owner).body(member("Same", "Person" + i, spellings.get(i % 4))).post("/members")));

    assertThat(answers).extracting(Response::statusCode).containsOnly(201, 409);
    assertThat(answers).filteredOn(r -> r.statusCode() == 201).hasSize(1);
    assertThat(answers).filteredOn(r -> r.statusCode() == 409).extracting(r -> r.path("type")).containsOnly("https://bashgah.ir/problems/conflict");
    String code = answers.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("memberCode");
    api.as(owner).get("/members?mobile=09127770000").then().statusCode(200).body("$", hasSize(1)).body("[0].memberCode", equalTo(code));
    assertThat(Sql.value("SELECT COUNT(*) FROM t_mem_same_race.member")).isEqualTo(1);
    assertThat(Sql.value("SELECT COUNT(*) FROM t_mem_same_race.card")).isEqualTo(1);
  }
}
