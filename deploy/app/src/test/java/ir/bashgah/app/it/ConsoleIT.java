package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ir.bashgah.security.domain.secret.Totp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the operator's web console reads to decide what to show: who the caller is, which features the club has, pages of members, and the screens it builds on. */
class ConsoleIT extends RunningPlatform {
  @Test
  void meTellsTheConsoleWhatTheCallerMayDoAndWhetherHeUsesMfa() {
    String owner = api.createTenant(admin, "con-me", "PROFESSIONAL");
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    String manager = api.staff(owner, "con-me", "bmgr", "branch-manager", "b1");

    JsonPath me = api.as(owner).get("/auth/me").then().statusCode(200).body("role", equalTo("owner")).body("tenant", equalTo("con-me"))
        .body("plan", equalTo("PROFESSIONAL")).body("kind", equalTo("STAFF")).body("mfaEnabled", equalTo(false)).extract().jsonPath();
    List<String> permissions = me.getList("permissions");
    assertThat(permissions).contains("dashboard-read", "members-read", "staff-manage", "loyalty-configure", "audit-read").isSorted()
        .doesNotContain("platform-tenants");

    api.as(manager).get("/auth/me").then().statusCode(200).body("branch", equalTo("b1")).body("role", equalTo("branch-manager"))
        .body("permissions", hasItem("dashboard-read")).body("permissions", not(hasItem("staff-manage"))).body("permissions", not(hasItem("loyalty-adjust")));

    String secret = api.as(owner).post("/auth/mfa/setup").then().statusCode(200).extract().path("secret");
    api.as(owner).body(Map.of("otp", Totp.code(secret, Instant.now()))).post("/auth/mfa/enable").then().statusCode(200);
    api.as(owner).get("/auth/me").then().body("mfaEnabled", equalTo(true));

    api.as(admin).get("/auth/me").then().statusCode(200).body("kind", equalTo("PLATFORM_ADMIN"))
        .body("permissions", contains("own-account", "platform-audit", "platform-jobs", "platform-tenants")).body("$", not(hasKey("mfaEnabled")));
  }

  @Test
  void theFeatureCatalogueSaysWhatTheClubHasAndWhichPlanUnlocksTheRest() {
    String owner = api.createTenant(admin, "con-feat", "STANDARD");
    JsonPath f = api.as(owner).get("/features").then().statusCode(200).body("plan", equalTo("STANDARD")).body("features.K1", equalTo(true))
        .body("features.A3", equalTo(false)).extract().jsonPath();
    List<String> codes = f.getList("catalogue.code");
    assertThat(codes).hasSize(f.getMap("features").size()).startsWith("A1", "A2", "A3").containsSequence("K7", "L1");
    assertThat(f.getMap("catalogue.find { it.code == 'A1' }")).containsEntry("on", true).containsEntry("unlockedBy", "BASIC").containsEntry("variant", null);
    assertThat(f.getMap("catalogue.find { it.code == 'A3' }")).containsEntry("on", false).containsEntry("unlockedBy", "PROFESSIONAL")
        .containsEntry("name", "club rules and policies (point rules, levels)");
    assertThat(f.getMap("catalogue.find { it.code == 'K1' }")).containsEntry("on", true).containsEntry("unlockedBy", "STANDARD");
    assertThat(f.getMap("catalogue.find { it.code == 'B4' }")).containsEntry("on", true).containsEntry("variant", "XP").containsEntry("unlockedBy", "STANDARD");
    assertThat(f.getMap("catalogue.find { it.code == 'E4' }")).containsEntry("on", false).containsEntry("unlockedBy", "PREMIUM");

    // An override turns a feature on outside the plan: on, but still "a PROFESSIONAL feature".
    api.as(admin).body(Map.of("enabled", true)).put("/platform/tenants/con-feat/features/A3").then().statusCode(200).body("overridden", equalTo(true));
    api.as(owner).get("/features").then().body("features.A3", equalTo(true))
        .body("catalogue.find { it.code == 'A3' }.on", equalTo(true)).body("catalogue.find { it.code == 'A3' }.unlockedBy", equalTo("PROFESSIONAL"));
    api.as(admin).get("/platform/tenants/con-feat/features").then().statusCode(200)
        .body("find { it.code == 'A3' }.enabled", equalTo(true)).body("find { it.code == 'A3' }.inPlan", equalTo(false));
    api.as(admin).delete("/platform/tenants/con-feat/features/A3").then().statusCode(200).body("enabled", equalTo(false));
    api.as(owner).get("/features").then().body("catalogue.find { it.code == 'A3' }.on", equalTo(false));
  }

  /** The console explains the roles and plans from these answers, never from a copy of its own that could drift from the server. */
  @Test
  void theRolesAndThePlanMatrixComeFromTheServersOwnRules() {
    String owner = api.createTenant(admin, "con-rules", "BASIC");
    String cashier = api.staff(owner, "con-rules", "cash", "cashier", null);

    JsonPath roles = api.as(cashier).get("/roles").then().statusCode(200).extract().jsonPath();
    assertThat(roles.getList("role")).containsExactly("owner", "manager", "branch-manager", "cashier", "marketer", "support", "analyst");
    assertThat(roles.getList("find { it.role == 'cashier' }.permissions")).containsExactly("own-account", "features-read", "branches-read", "members-read", "members-write", "pos");
    assertThat(roles.getList("findAll { it.permissions.contains('audit-read') }.role")).containsExactly("owner");
    assertThat(roles.getList("find { it.role == 'branch-manager' }.permissions")).contains("staff-read", "dashboard-read").doesNotContain("staff-manage");
    assertThat(roles.getList("branch")).containsExactly("none", "none", "required", "optional", "none", "none", "none");
    assertThat(roles.getList("ownerGrantsOnly")).containsExactly(true, true, false, false, false, false, false);
    // What /roles says a cashier may do is what the server lets him do.
    api.as(cashier).get("/branches").then().statusCode(200);
    api.as(cashier).get("/staff").then().statusCode(403);
    api.as(admin).get("/roles").then().statusCode(200).body("role", hasItem("owner"));
    api.anonymous().get("/roles").then().statusCode(401);

    JsonPath plans = api.as(owner).get("/plans").then().statusCode(200).extract().jsonPath();
    assertThat(plans.getList("plans")).containsExactly("BASIC", "STANDARD", "PROFESSIONAL", "VIP", "PREMIUM");
    List<String> codes = plans.getList("features.code");
    assertThat(codes).hasSize(59).startsWith("A1", "A2").endsWith("L5");
    assertThat(plans.getMap("features.find { it.code == 'B4' }.cells")).containsExactly(
        Map.entry("BASIC", "-"), Map.entry("STANDARD", "XP"), Map.entry("PROFESSIONAL", "XP + RFM"), Map.entry("VIP", "XP + RFM + custom"), Map.entry("PREMIUM", "XP + RFM + custom"));
    assertThat(plans.getString("features.find { it.code == 'K1' }.name")).isEqualTo("activity log (audit of system events)");
    // The same matrix the club's own feature list is built from: a BASIC club has exactly the BASIC column's features.
    Map<String, Boolean> has = api.as(owner).get("/features").then().statusCode(200).extract().jsonPath().getMap("features");
    for (String code : codes) {
      assertThat(has.get(code)).as(code).isEqualTo(!"-".equals(plans.getString("features.find { it.code == '" + code + "' }.cells.BASIC")));
    }
    api.as(admin).get("/plans").then().statusCode(200).body("plans", hasSize(5));
  }

  @Test
  void theMemberListPagesEveryMemberNewestFirstWithTheTotalInAHeader() {
    String owner = api.createTenant(admin, "con-list", "PROFESSIONAL");
    String first = api.register(owner, "Ali", "Bahrami", "09122000001");
    String second = api.register(owner, "Alireza", "Bahrami", "09122000002");
    String third = api.register(owner, "Mina", "Saberi", "09122000003");

    api.as(owner).get("/members").then().statusCode(200).header("X-Total-Count", "3").body("memberCode", contains(third, second, first));
    api.as(owner).get("/members?size=2").then().header("X-Total-Count", "3").body("memberCode", contains(third, second));
    api.as(owner).get("/members?size=2&page=1").then().header("X-Total-Count", "3").body("memberCode", contains(first));
    api.as(owner).get("/members?size=2&page=2").then().header("X-Total-Count", "3").body("$", hasSize(0));
    api.as(owner).get("/members?q=Ali&size=1").then().header("X-Total-Count", "2").body("$", hasSize(1));
    api.as(owner).get("/members?mobile=09122000003").then().header("X-Total-Count", "1").body("memberCode", contains(third));
    api.as(owner).get("/members?mobile=09122999999").then().header("X-Total-Count", "0").body("$", hasSize(0));
    api.as(owner).put("/members/" + first + "/tags/vip").then().statusCode(200);
    api.as(owner).get("/members?tag=vip").then().header("X-Total-Count", "1").body("memberCode", contains(first));

    String other = api.createTenant(admin, "con-list-2", "BASIC");
    api.as(other).get("/members").then().statusCode(200).header("X-Total-Count", "0").body("$", hasSize(0));
  }

  @Test
  void theScreensOfTheConsoleFindWhatTheyNeed() {
    Api.Till c = api.till(admin, "con-screens", "2468", "PROFESSIONAL");
    // Terminals of a branch, without their keys.
    api.as(c.owner()).get("/branches/b1/terminals").then().statusCode(200).body("$", hasSize(1)).body("[0].name", equalTo("till"))
        .body("[0]", not(hasKey("apiKey"))).body("[0].active", equalTo(true));

    // Tenants with plan and status; a plan change and a suspension from the console, then back.
    api.as(admin).get("/platform/tenants").then().statusCode(200).body("find { it.slug == 'con-screens' }.plan", equalTo("PROFESSIONAL"))
        .body("find { it.slug == 'con-screens' }.status", equalTo("ACTIVE"));
    api.as(admin).body(Map.of("plan", "VIP")).patch("/platform/tenants/con-screens").then().statusCode(200).body("plan", equalTo("VIP"));
    api.as(c.owner()).get("/features").then().body("plan", equalTo("VIP")).body("features.B7", equalTo(true));
    api.as(admin).body(Map.of("status", "SUSPENDED")).patch("/platform/tenants/con-screens").then().statusCode(200).body("status", equalTo("SUSPENDED"));
    api.as(c.owner()).get("/members").then().statusCode(403).body("type", equalTo("https://bashgah.ir/problems/tenant-suspended"));
    api.as(admin).body(Map.of("status", "ACTIVE")).patch("/platform/tenants/con-screens").then().statusCode(200).body("status", equalTo("ACTIVE"));
    api.as(c.owner()).get("/members").then().statusCode(200);

    // A member's ledger, newest first, a page at a time.
    for (int i = 1; i <= 3; i++) {
      api.as(c.owner()).header("Idempotency-Key", "adj-" + i).body(Map.of("asset", "POINTS", "amount", i * 10, "reason", "gift " + i))
          .post("/members/" + c.member() + "/adjustments").then().statusCode(201);
    }
    api.as(c.owner()).get("/members/" + c.member() + "/ledger?size=2").then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(0))
        .body("size", equalTo(2)).body("items.amount", contains(30, 20)).body("items[0].kind", equalTo("ADJUST")).body("items[0].reason", equalTo("gift 3"));
    api.as(c.owner()).get("/members/" + c.member() + "/ledger?size=2&page=1").then().body("items.amount", contains(10));

    // A new PIN set by staff answers 204 and nothing else; the member spends with it.
    api.as(c.owner()).body(Map.of("pin", "12")).put("/members/" + c.member() + "/pin").then().statusCode(422).body("errors[0].field", equalTo("pin"));
    api.as(c.owner()).body(Map.of("pin", "۹۷۵۳")).put("/members/" + c.member() + "/pin").then().statusCode(204);
    api.as(c.owner()).header("Idempotency-Key", "cr").body(Map.of("asset", "CREDIT", "amount", 5_000, "reason", "gift")).post("/members/" + c.member() + "/adjustments")
        .then().statusCode(201);
    api.terminal(c.key()).header("Idempotency-Key", "rd").body(Map.of("memberCode", c.member(), "amount", 1_000, "pin", "9753")).post("/pos/redemptions")
        .then().statusCode(201);

    // The programme screen previews an invoice with a staff token: the same answer as the till's dry run.
    Map<String, Object> invoice = Map.of("memberCode", c.member(), "issuedAt", "2026-11-20T12:00:00+03:30",
        "lines", List.of(Map.of("sku", "LAT", "productGroup", "drinks", "quantity", 2, "unitPrice", 450_000)), "payments", List.of(Map.of("method", "CASH", "amount", 900_000)));
    Response staff = api.as(c.owner()).body(invoice).post("/pos/invoices/dry-run");
    staff.then().statusCode(200).body("pointsEarned", equalTo(90)).body("total", equalTo(900_000)).body("level", equalTo("BRONZE"));
    assertThat(staff.asString()).isEqualTo(api.terminal(c.key()).body(invoice).post("/pos/invoices/dry-run").then().statusCode(200).extract().asString());
    String marketer = api.staff(c.owner(), "con-screens", "mkt", "marketer", null);
    api.as(marketer).body(invoice).post("/pos/invoices/dry-run").then().statusCode(403);
  }
}
