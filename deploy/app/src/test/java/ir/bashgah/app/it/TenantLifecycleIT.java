package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tenants as the platform admin runs them (P1, P2, P4): provisioning, suspension, plans, overrides, audit. */
class TenantLifecycleIT extends RunningPlatform {
  @Test
  void aNewTenantGetsItsOwnMigratedSchemaAndItsOwnerCanLogIn() {
    api.as(admin)
        .body(Map.of("slug", "life-new", "name", "Kafe Nader", "plan", "STANDARD", "owner", Map.of("username", "nader", "password", "Nader-pass-2026", "mobile", "+98 912 123 4567")))
        .post("/platform/tenants")
        .then()
        .statusCode(201)
        .header("Location", startsWith("http"))
        .body("slug", equalTo("life-new"))
        .body("plan", equalTo("STANDARD"))
        .body("status", equalTo("ACTIVE"));
    String owner = api.staffToken("life-new", "nader", "Nader-pass-2026");
    api.as(owner).get("/auth/me").then().statusCode(200).body("role", equalTo("owner")).body("tenant", equalTo("life-new"));
    api.as(admin).get("/platform/tenants/life-new").then().statusCode(200).body("name", equalTo("Kafe Nader"));
    api.as(admin).get("/platform/tenants").then().statusCode(200).body("slug", hasItem("life-new"));
  }

  @Test
  void aTakenSlugAnswersConflictAndLeavesTheFirstTenantAlone() {
    String owner = api.createTenant(admin, "life-dup", "BASIC");
    api.as(owner).body(Map.of("code", "b1", "name", "اول")).post("/branches").then().statusCode(201);
    api.as(admin)
        .body(Map.of("slug", "life-dup", "name", "Other", "plan", "VIP", "owner", Map.of("username", "other", "password", "Other-pass-2026")))
        .post("/platform/tenants")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("https://bashgah.ir/problems/conflict"));
    api.as(owner).get("/branches").then().statusCode(200).body("code", hasItem("b1"));
    api.as(admin).get("/platform/tenants/life-dup").then().body("plan", equalTo("BASIC"));
  }

  @Test
  void everyInvalidFieldOfANewTenantIsNamedAndNothingIsCreated() {
    api.as(admin)
        .body(Map.of("slug", "X!", "name", "", "plan", "GOLD", "owner", Map.of("username", "a", "password", "short")))
        .post("/platform/tenants")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("https://bashgah.ir/problems/validation-failed"))
        .body("errors.field", hasItems("slug", "name", "plan", "owner.username", "owner.password"));
    api.as(admin).get("/platform/tenants").then().body("slug", org.hamcrest.Matchers.not(hasItem("X!")));
  }

  @Test
  void unreadableBodiesAnswer400NotAServerError() {
    api.as(admin).body("{\"slug\": ").post("/platform/tenants").then().statusCode(400)
        .contentType("application/problem+json").body("type", equalTo("https://bashgah.ir/problems/malformed-request"));
    api.as(admin).body("{\"slug\":\"life-type\",\"owner\":\"not an object\"}").post("/platform/tenants").then().statusCode(400)
        .body("type", equalTo("https://bashgah.ir/problems/malformed-request"));
    api.as(admin).body(Map.of("plan", "PREMIUM")).patch("/platform/tenants/nobody-here").then().statusCode(404)
        .body("type", equalTo("https://bashgah.ir/problems/not-found"));
    api.as(admin).body(Map.of("status", "DELETED")).patch("/platform/tenants/life-new").then().statusCode(422)
        .body("errors.field", hasItem("status"));
  }

  @Test
  void aSuspendedTenantAnswersTenantSuspendedAndKeepsItsData() {
    String owner = api.createTenant(admin, "life-susp", "STANDARD");
    api.as(owner).body(Map.of("code", "kept", "name", "Kept branch")).post("/branches").then().statusCode(201);
    String key = api.createTerminal(owner, "kept", "till");

    api.as(admin).body(Map.of("status", "SUSPENDED")).patch("/platform/tenants/life-susp").then().statusCode(200).body("status", equalTo("SUSPENDED"));
    api.as(owner).get("/branches").then().statusCode(403).body("type", equalTo("https://bashgah.ir/problems/tenant-suspended"));
    api.terminal(key).get("/pos/terminal").then().statusCode(403).body("type", equalTo("https://bashgah.ir/problems/tenant-suspended"));
    api.login(Map.of("tenant", "life-susp", "username", "owner", "password", Api.ownerPassword())).then().statusCode(403)
        .body("type", equalTo("https://bashgah.ir/problems/tenant-suspended"));

    api.as(admin).body(Map.of("status", "ACTIVE")).patch("/platform/tenants/life-susp").then().statusCode(200);
    api.as(owner).get("/branches").then().statusCode(200).body("code", hasItem("kept"));
    api.terminal(key).get("/pos/terminal").then().statusCode(200).body("branch", equalTo("kept"));
  }

  @Test
  void featuresFollowThePlanAndAnOverrideWinsUntilRemoved() {
    String owner = api.createTenant(admin, "life-plan", "BASIC");
    api.as(owner).get("/features").then().statusCode(200).body("plan", equalTo("BASIC")).body("features.K1", equalTo(false)).body("features.A1", equalTo(true));
    api.as(owner).get("/audit").then().statusCode(403).body("type", equalTo("https://bashgah.ir/problems/feature-not-in-plan"));

    api.as(admin).body(Map.of("enabled", true)).put("/platform/tenants/life-plan/features/K1").then().statusCode(200).body("enabled", equalTo(true)).body("overridden", equalTo(true));
    api.as(owner).get("/features").then().body("features.K1", equalTo(true));
    api.as(owner).get("/audit").then().statusCode(200);

    api.as(admin).body(Map.of("enabled", false)).put("/platform/tenants/life-plan/features/A1").then().statusCode(200);
    api.as(owner).get("/features").then().body("features.A1", equalTo(false));

    api.as(admin).delete("/platform/tenants/life-plan/features/K1").then().statusCode(200).body("enabled", equalTo(false)).body("overridden", equalTo(false));
    api.as(owner).get("/audit").then().statusCode(403);

    api.as(admin).body(Map.of("plan", "STANDARD")).patch("/platform/tenants/life-plan").then().statusCode(200);
    api.as(owner).get("/features").then().body("plan", equalTo("STANDARD")).body("features.K1", equalTo(true)).body("features.A1", equalTo(false));
    api.as(owner).get("/audit").then().statusCode(200);

    api.as(admin).body(Map.of("enabled", true)).put("/platform/tenants/life-plan/features/Z9").then().statusCode(404);
    api.as(admin).body(Map.of()).put("/platform/tenants/life-plan/features/K1").then().statusCode(422).body("errors.field", hasItem("enabled"));
  }

  @Test
  void theAuditLogHoldsEveryChangeWithItsActorAndBothLogsCanBeFiltered() {
    String owner = api.createTenant(admin, "life-audit", "STANDARD");
    api.as(owner).header("X-Request-Id", "req-branch-1").body(Map.of("code", "a1", "name", "Audited")).post("/branches").then().statusCode(201);
    api.createTerminal(owner, "a1", "till");
    api.as(owner).body(Map.of("username", "cash", "password", "Cash-pass-2026", "role", "cashier", "branch", "a1")).post("/staff").then().statusCode(201);

    var entries = api.as(owner).get("/audit?size=200").then().statusCode(200).extract().jsonPath();
    assertThat(entries.getList("items.action", String.class)).contains("BRANCH.CREATE", "TERMINAL.CREATE", "STAFF.CREATE", "AUTH.LOGIN");
    api.as(owner).get("/audit?action=BRANCH.CREATE").then().statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].actorName", equalTo("owner"))
        .body("items[0].requestId", equalTo("req-branch-1"))
        .body("items[0].targetId", equalTo("a1"))
        .body("items[0].after", org.hamcrest.Matchers.containsString("Audited"));
    api.as(owner).get("/audit?size=1&page=1").then().statusCode(200).body("items.size()", equalTo(1)).body("page", equalTo(1));
    api.as(owner).get("/audit?from=yesterday").then().statusCode(422).body("errors.field", hasItem("from"));

    api.as(admin).get("/platform/audit?tenant=life-audit&action=TENANT.CREATE").then().statusCode(200)
        .body("total", equalTo(1)).body("items[0].actorName", equalTo("admin")).body("items[0].tenant", equalTo("life-audit"));
    api.as(admin).get("/platform/tenants/life-audit/audit?action=TERMINAL.CREATE").then().statusCode(200).body("total", equalTo(1));
    api.as(owner).get("/platform/audit").then().statusCode(403);
  }

  @Test
  void theAuditTableRefusesEditsAndDeletes() throws SQLException {
    api.createTenant(admin, "life-append", "STANDARD");
    try (Connection c = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE t_life_append.audit_entry SET action = 'FORGED'")).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM bashgah.audit_entry")).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
    }
    api.as(admin).get("/platform/audit?tenant=life-append").then().body("items.action", hasItem("TENANT.CREATE"));
  }
}
