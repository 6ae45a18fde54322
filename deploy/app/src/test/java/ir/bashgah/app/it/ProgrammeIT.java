package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Programmes the club configures (L2, L6, L10, T1-T4) and what invoices earn under them; the dry run. */
class ProgrammeIT extends RunningPlatform {
  private record Club(String owner, String key, String member) {}

  private Club club(String slug, String plan) {
    String owner = api.createTenant(admin, slug, plan);
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    String key = api.createTerminal(owner, "b1", "till");
    String member = api.as(owner).body(Map.of("firstName", "Nima", "lastName", "Karimi", "mobile", "09127770001")).post("/members")
        .then().statusCode(201).extract().path("memberCode");
    return new Club(owner, key, member);
  }

  /** An invoice of now; without a number for the dry run. */
  private static Map<String, Object> sale(String number, String member, List<Map<String, Object>> lines, List<Map<String, Object>> payments) {
    Map<String, Object> sale = new java.util.HashMap<>(Map.of("memberCode", member, "issuedAt", Instant.now().toString(), "lines", lines, "payments", payments));
    if (number != null) {
      sale.put("invoiceNumber", number);
    }
    return sale;
  }

  private Response put(String token, String code, Object body) {
    return api.as(token).body(body).put("/programmes/" + code);
  }

  @Test
  void aNewClubHasTheDefaultProgrammeOfTheContract() {
    Club c = club("prog-default", "PROFESSIONAL");
    api.as(c.owner()).get("/programmes").then().statusCode(200).body("code", equalTo(List.of("default"))).body("[0].isDefault", equalTo(true));
    api.as(c.owner()).get("/programmes/default").then().statusCode(200)
        .body("version", equalTo(1))
        .body("rules.earning.rialsPerPoint", equalTo(10_000))
        .body("rules.earning.methods", equalTo(List.of("CASH", "CARD", "ONLINE")))
        .body("rules.expiry.points.rule", equalTo("NEVER"))
        .body("rules.levels.tiers.code", equalTo(List.of("BRONZE", "SILVER", "GOLD")))
        .body("rules.levels.tiers.threshold", equalTo(List.of(0, 20_000_000, 100_000_000)));
    api.as(c.owner()).get("/programmes/nope").then().statusCode(404);
  }

  @Test
  void coefficientsOfProductGroupMemberGroupAndPeriodDecideWhatAnInvoiceEarnsAndTheDryRunSaysSoWithoutStoringAnything() {
    Club c = club("prog-coef", "PROFESSIONAL");
    Map<String, Object> rules = Map.of(
        "earning", Map.of("rialsPerPoint", 10_000, "creditPercent", 1, "methods", List.of("CASH", "CARD"),
            "productGroups", List.of(Map.of("group", "drinks", "points", 2, "credit", 0)),
            "periods", List.of(Map.of("name", "همیشه", "kind", "PROMO", "points", 1.5))),
        "levels", Map.of("basis", "TURNOVER", "windowDays", 180,
            "tiers", List.of(Map.of("code", "BRONZE", "name", "برنزی", "threshold", 0, "earnMultiplier", 1, "cashbackPercent", 0.5),
                Map.of("code", "GOLD", "name", "طلایی", "threshold", 50_000_000, "earnMultiplier", 2, "discountPercent", 10))));
    put(c.owner(), "default", Map.of("version", 1, "rules", rules)).then().statusCode(200).body("version", equalTo(2));

    var lines = List.<Map<String, Object>>of(Map.of("sku", "LAT", "productGroup", "drinks", "quantity", 2, "unitPrice", 500_000),
        Map.of("sku", "CAKE", "productGroup", "food", "quantity", 1, "unitPrice", 1_000_000));
    var payments = List.<Map<String, Object>>of(Map.of("method", "CASH", "amount", 1_500_000), Map.of("method", "ONLINE", "amount", 500_000));
    // (1,000,000 × 2 + 1,000,000) × 3/4 paid by earning methods / 10,000 × 1.5 = 337.5 → 337 points;
    // credit 1 % of the food line's 3/4 = 7,500; cashback 0.5 % of 1,500,000 = 7,500.
    Response quote = api.terminal(c.key()).body(sale(null, c.member(), lines, payments)).post("/pos/invoices/dry-run");
    quote.then().statusCode(200).body("pointsEarned", equalTo(337)).body("creditEarned", equalTo(15_000)).body("cashback", equalTo(7_500))
        .body("eligible", equalTo(1_500_000)).body("period", equalTo("همیشه")).body("level", equalTo("BRONZE"));
    api.as(c.owner()).get("/members/" + c.member() + "/ledger").then().body("total", equalTo(0));

    api.terminal(c.key()).header("Idempotency-Key", "s1").body(sale("S-1", c.member(), lines, payments)).post("/pos/invoices").then().statusCode(201)
        .body("pointsEarned", equalTo(337)).body("creditEarned", equalTo(15_000)).body("balance.points", equalTo(337))
        .body("balance.credit", equalTo(15_000)).body("availableAt", nullValue());

    // Gold doubles what is earned, and its 10 % discount is shown at the till for the till to apply.
    api.terminal(c.key()).header("Idempotency-Key", "s2").body(sale("S-2", c.member(),
        List.of(Map.of("sku", "TV", "productGroup", "electronics", "quantity", 1, "unitPrice", 60_000_000)),
        List.of(Map.of("method", "CARD", "amount", 60_000_000)))).post("/pos/invoices").then().statusCode(201).body("level", equalTo("GOLD"));
    api.terminal(c.key()).body(Map.of("memberCode", c.member())).post("/pos/lookup").then().statusCode(200)
        .body("level", equalTo("GOLD")).body("levelName", equalTo("طلایی")).body("discountPercent", equalTo(10));
    api.terminal(c.key()).body(sale(null, c.member(), List.of(Map.of("sku", "X", "productGroup", "food", "quantity", 1, "unitPrice", 100_000)),
        List.of(Map.of("method", "CASH", "amount", 100_000)))).post("/pos/invoices/dry-run").then().statusCode(200)
        .body("pointsEarned", equalTo(30)).body("earnMultiplier", equalTo(2));
  }

  @Test
  void aChangeNamesTheVersionItWasMadeOnAndEveryMistakeIsNamed() {
    Club c = club("prog-rules", "PROFESSIONAL");
    Map<String, Object> ok = Map.of("earning", Map.of("rialsPerPoint", 5_000));
    put(c.owner(), "default", Map.of("version", 1, "rules", ok)).then().statusCode(200);
    put(c.owner(), "default", Map.of("version", 1, "rules", ok)).then().statusCode(409).body("type", equalTo("https://bashgah.ir/problems/conflict"));
    put(c.owner(), "default", Map.of("rules", ok)).then().statusCode(422).body("errors.field", hasItems("version"));
    put(c.owner(), "default", Map.of("version", 2, "rules", Map.of("earning", Map.of("rialsPerPoint", -1, "methods", List.of("GOLD")),
        "expiry", Map.of("points", Map.of("rule", "SOMETIMES")), "levels", Map.of("tiers", List.of()))))
        .then().statusCode(422).body("errors.field", hasItems("rules.earning.rialsPerPoint", "rules.earning.methods[0]", "rules.expiry.points.rule",
            "rules.levels.tiers"));
    put(c.owner(), "default", Map.of("version", 2, "rules", Map.of("earning", Map.of("rialsPerPoint", 1.5)))).then().statusCode(400);
    api.as(c.owner()).get("/programmes/default").then().body("version", equalTo(2)).body("rules.earning.rialsPerPoint", equalTo(5_000));
    api.as(c.owner()).get("/audit?action=LOYALTY.PROGRAMME_CHANGE").then().body("total", equalTo(1));
    // A cashier may read the programme but not change it.
    api.as(c.owner()).body(Map.of("username", "kasra", "password", "Cashier-pass-2026", "role", "cashier", "branch", "b1")).post("/staff").then().statusCode(201);
    String cashier = api.staffToken("prog-rules", "kasra", "Cashier-pass-2026");
    api.as(cashier).get("/programmes/default").then().statusCode(200);
    put(cashier, "default", Map.of("version", 2, "rules", ok)).then().statusCode(403);
  }

  @Test
  void aStandardClubKeepsTheDefaultRulesButMayConfigureItsLevels() {
    Club c = club("prog-std", "STANDARD");
    put(c.owner(), "default", Map.of("version", 1, "rules", Map.of())).then().statusCode(403)
        .body("type", equalTo("https://bashgah.ir/problems/feature-not-in-plan"));
    api.as(c.owner()).body(Map.of("version", 1, "levels", Map.of("basis", "PURCHASES", "windowDays", 30, "tiers", List.of(
            Map.of("code", "NEW", "name", "تازه‌وارد", "threshold", 0), Map.of("code", "REGULAR", "name", "همیشگی", "threshold", 2)))))
        .put("/programmes/default/levels").then().statusCode(200).body("rules.levels.basis", equalTo("PURCHASES"))
        .body("rules.earning.rialsPerPoint", equalTo(10_000));
    for (int i = 1; i <= 2; i++) {
      api.terminal(c.key()).header("Idempotency-Key", "p" + i).body(sale("P-" + i, c.member(),
          List.of(Map.of("sku", "X", "productGroup", "g", "quantity", 1, "unitPrice", 10_000)), List.of(Map.of("method", "CASH", "amount", 10_000))))
          .post("/pos/invoices").then().statusCode(201).body("level", equalTo(i == 1 ? "NEW" : "REGULAR"));
    }
    api.as(c.owner()).body(Map.of("code", "vip", "name", "VIP", "rules", Map.of())).post("/programmes").then().statusCode(403);
    // A fixed discount per level is D1, which STANDARD does not have.
    api.as(c.owner()).body(Map.of("version", 2, "levels", Map.of("tiers", List.of(Map.of("code", "NEW", "name", "تازه‌وارد", "threshold", 0,
        "discountPercent", 5))))).put("/programmes/default/levels").then().statusCode(403).body("type", equalTo("https://bashgah.ir/problems/feature-not-in-plan"));
  }

  @Test
  void aSecondProgrammeHasItsOwnRulesAndAMemberMovedToItEarnsByThem() {
    Club c = club("prog-two", "PROFESSIONAL");
    api.as(c.owner()).body(Map.of("code", "vip", "name", "باشگاه ویژه", "rules", Map.of("earning", Map.of("rialsPerPoint", 1_000)))).post("/programmes")
        .then().statusCode(201).body("code", equalTo("vip")).body("isDefault", equalTo(false));
    api.as(c.owner()).body(Map.of("code", "vip", "name", "again", "rules", Map.of())).post("/programmes").then().statusCode(409);
    api.as(c.owner()).body(Map.of("code", "V I P", "name", "", "rules", Map.of())).post("/programmes").then().statusCode(422)
        .body("errors.field", hasItems("code", "name"));
    api.as(c.owner()).body(Map.of("programme", "vip")).put("/members/" + c.member() + "/programme").then().statusCode(200).body("level", equalTo("BRONZE"));
    api.as(c.owner()).body(Map.of("programme", "nope")).put("/members/" + c.member() + "/programme").then().statusCode(422);
    api.terminal(c.key()).header("Idempotency-Key", "v1").body(sale("V-1", c.member(),
        List.of(Map.of("sku", "X", "productGroup", "g", "quantity", 1, "unitPrice", 100_000)), List.of(Map.of("method", "CASH", "amount", 100_000))))
        .post("/pos/invoices").then().statusCode(201).body("pointsEarned", equalTo(100));

    api.as(c.owner()).put("/programmes/vip/default").then().statusCode(200).body("isDefault", equalTo(true));
    String newcomer = api.as(c.owner()).body(Map.of("firstName", "Tara", "lastName", "Nouri", "mobile", "09127770002")).post("/members")
        .then().statusCode(201).extract().path("memberCode");
    api.terminal(c.key()).body(sale(null, newcomer, List.of(Map.of("sku", "X", "productGroup", "g", "quantity", 1, "unitPrice", 100_000)),
        List.of(Map.of("method", "CASH", "amount", 100_000)))).post("/pos/invoices/dry-run").then().body("programme", equalTo("vip"))
        .body("pointsEarned", equalTo(100));
    assertThat(Sql.value("SELECT COUNT(*) FROM t_prog_two.loyalty_programme WHERE is_default")).isEqualTo(1);
  }

  @Test
  void aMemberGroupsCoefficientAndConversionRateApplyToItsMembersOnlyAndRulesNameOnlyGroupsThatExist() {
    Club c = club("prog-group", "PROFESSIONAL");
    api.as(c.owner()).body(Map.of("code", "A", "name", "مشتریان ویژه")).post("/member-groups").then().statusCode(201);
    String gold = api.as(c.owner()).body(Map.of("firstName", "Arash", "lastName", "Tehrani", "mobile", "09127770003", "group", "A")).post("/members")
        .then().statusCode(201).extract().path("memberCode");
    Map<String, Object> conversion = Map.of("enabled", true, "rates", List.of(Map.of("memberGroup", "A", "points", 100, "rials", 20_000),
        Map.of("points", 100, "rials", 10_000)));
    put(c.owner(), "default", Map.of("version", 1, "rules", Map.of("earning", Map.of("memberGroups", List.of(Map.of("group", "Z", "points", 2)))))).then()
        .statusCode(422).body("errors.field", hasItems("rules.earning.memberGroups[0].group"));
    put(c.owner(), "default", Map.of("version", 1, "rules", Map.of("earning", Map.of("memberGroups", List.of(Map.of("group", "A", "points", 2))),
        "conversion", conversion))).then().statusCode(200);
    for (String m : List.of(gold, c.member())) {
      api.terminal(c.key()).header("Idempotency-Key", "g-" + m).body(sale("G-" + m, m, List.of(Map.of("sku", "X", "productGroup", "g", "quantity", 1,
          "unitPrice", 1_000_000)), List.of(Map.of("method", "CASH", "amount", 1_000_000)))).post("/pos/invoices").then().statusCode(201)
          .body("pointsEarned", equalTo(m.equals(gold) ? 200 : 100));
      api.as(c.owner()).header("Idempotency-Key", "cv-" + m).body(Map.of("points", 100)).post("/members/" + m + "/conversions").then().statusCode(201)
          .body("credit", equalTo(m.equals(gold) ? 20_000 : 10_000));
    }
  }

  @Test
  void anotherClubCannotReadOrChangeThisClubsProgrammes() {
    Club a = club("prog-iso-a", "PROFESSIONAL");
    Club b = club("prog-iso-b", "PROFESSIONAL");
    api.as(a.owner()).body(Map.of("code", "secret", "name", "A's", "rules", Map.of())).post("/programmes").then().statusCode(201);
    api.as(b.owner()).get("/programmes/secret").then().statusCode(404);
    put(b.owner(), "secret", Map.of("version", 1, "rules", Map.of())).then().statusCode(404);
  }
}
