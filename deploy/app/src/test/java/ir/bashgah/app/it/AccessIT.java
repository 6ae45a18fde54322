package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import ir.bashgah.security.domain.secret.Totp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Login, roles, branch scope, terminal keys and MFA (P3, K4, K6); sessions and login limits have their own tests. */
class AccessIT extends RunningPlatform {
  private static final String UNAUTHORIZED = "https://bashgah.ir/problems/unauthorized";
  private static final String FORBIDDEN = "https://bashgah.ir/problems/forbidden";

  @Test
  void aFailedLoginDoesNotTellWhichPartWasWrong() {
    api.createTenant(admin, "acc-login", "BASIC");
    String wrongPassword = api.login(Map.of("tenant", "acc-login", "username", "owner", "password", "Nope-nope-2026")).then().statusCode(401).extract().path("detail");
    String unknownUser = api.login(Map.of("tenant", "acc-login", "username", "ghost", "password", "Nope-nope-2026")).then().statusCode(401).extract().path("detail");
    String unknownTenant = api.login(Map.of("tenant", "acc-nowhere", "username", "owner", "password", "Nope-nope-2026")).then().statusCode(401).extract().path("detail");
    assertThat(List.of(wrongPassword, unknownUser)).containsOnly(unknownTenant);
    api.anonymous().get("/branches").then().statusCode(401).body("type", equalTo(UNAUTHORIZED));
    api.as("not-a-token").get("/branches").then().statusCode(401).body("type", equalTo(UNAUTHORIZED));
    api.anonymous().header("Authorization", "Basic YWRtaW46eA==").get("/branches").then().statusCode(401);
  }

  @Test
  void eachRoleMayDoOnlyWhatItIsFor() {
    String owner = api.createTenant(admin, "acc-roles", "STANDARD");
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    api.as(owner).body(Map.of("username", "mgr", "password", "Mgr-pass-2026", "role", "manager")).post("/staff").then().statusCode(201);
    api.as(owner).body(Map.of("username", "cash", "password", "Cash-pass-2026", "role", "cashier", "branch", "b1")).post("/staff").then().statusCode(201);
    api.as(owner).body(Map.of("username", "mkt", "password", "Mkt-pass-2026", "role", "marketer")).post("/staff").then().statusCode(201);
    String manager = api.staffToken("acc-roles", "mgr", "Mgr-pass-2026");
    String cashier = api.staffToken("acc-roles", "cash", "Cash-pass-2026");
    String marketer = api.staffToken("acc-roles", "mkt", "Mkt-pass-2026");

    api.as(cashier).body(Map.of("code", "b2", "name", "Two")).post("/branches").then().statusCode(403).body("type", equalTo(FORBIDDEN));
    api.as(cashier).get("/branches").then().statusCode(200);
    api.as(cashier).body(Map.of("username", "x1", "password", "Xx-pass-2026", "role", "cashier")).post("/staff").then().statusCode(403);
    api.as(marketer).get("/staff").then().statusCode(403);
    api.as(marketer).get("/audit").then().statusCode(403);
    api.as(manager).get("/audit").then().statusCode(403);
    api.as(manager).body(Map.of("username", "boss2", "password", "Boss-pass-2026", "role", "owner")).post("/staff").then().statusCode(403);
    api.as(manager).body(Map.of("username", "cash2", "password", "Cash-pass-2026", "role", "cashier", "branch", "b1")).post("/staff").then().statusCode(201);
    api.as(manager).body(Map.of("code", "b2", "name", "Two")).post("/branches").then().statusCode(201);
    api.as(owner).body(Map.of("username", "cash", "password", "Cash-pass-2026", "role", "cashier")).post("/staff").then().statusCode(409);
    api.as(owner).body(Map.of("username", "bad", "password", "Bad-pass-2026", "role", "wizard")).post("/staff").then().statusCode(422);
    api.as(owner).body(Map.of("username", "bmgr", "password", "Bm-pass-20266", "role", "branch-manager", "branch", "nowhere")).post("/staff").then().statusCode(422);
    api.as(owner).body(Map.of("active", false)).patch("/staff/mkt").then().statusCode(200).body("active", equalTo(false));
    api.login(Map.of("tenant", "acc-roles", "username", "mkt", "password", "Mkt-pass-2026")).then().statusCode(401);

    api.as(admin).get("/branches").then().statusCode(403);
    api.as(owner).get("/platform/tenants").then().statusCode(403);
  }

  @Test
  void aBranchManagerSeesOnlyHisOwnBranch() {
    String owner = api.createTenant(admin, "acc-branch", "STANDARD");
    api.as(owner).body(Map.of("code", "north", "name", "North")).post("/branches").then().statusCode(201);
    api.as(owner).body(Map.of("code", "south", "name", "South")).post("/branches").then().statusCode(201);
    api.as(owner).body(Map.of("username", "north-mgr", "password", "North-pass-2026", "role", "branch-manager", "branch", "north")).post("/staff").then().statusCode(201);
    api.as(owner).body(Map.of("username", "south-cash", "password", "South-pass-2026", "role", "cashier", "branch", "south")).post("/staff").then().statusCode(201);
    String north = api.staffToken("acc-branch", "north-mgr", "North-pass-2026");

    api.as(north).get("/branches").then().statusCode(200).body("code", contains("north"));
    api.as(north).get("/branches/south").then().statusCode(404);
    api.as(north).get("/branches/south/terminals").then().statusCode(404);
    api.as(north).get("/branches/north/terminals").then().statusCode(200);
    api.as(north).get("/staff").then().statusCode(200).body("username", contains("north-mgr"));
  }

  @Test
  void aTerminalKeyCallsOnlyThePosApiOfItsOwnTenantUntilRevoked() {
    String owner = api.createTenant(admin, "acc-key", "BASIC");
    api.createTenant(admin, "acc-key-other", "BASIC");
    api.as(owner).body(Map.of("code", "k1", "name", "Keys")).post("/branches").then().statusCode(201);
    var created = api.as(owner).body(Map.of("name", "till-1")).post("/branches/k1/terminals").then().statusCode(201)
        .header("Cache-Control", "no-store").extract().jsonPath();
    String key = created.getString("apiKey");
    String terminalId = created.getString("terminalId");

    api.terminal(key).get("/pos/terminal").then().statusCode(200).body("tenant", equalTo("acc-key")).body("branch", equalTo("k1")).body("terminalId", equalTo(terminalId));
    api.terminal(key).get("/branches").then().statusCode(403).body("type", equalTo(FORBIDDEN));
    api.as(owner).get("/pos/terminal").then().statusCode(200).body("kind", equalTo("STAFF"));
    api.as(owner).get("/branches/k1/terminals").then().statusCode(200).body("$", hasSize(1)).body("[0].active", equalTo(true))
        .body("[0].apiKey", org.hamcrest.Matchers.nullValue());

    String forged = key.replace("bgk_acc-key_", "bgk_acc-key-other_");
    api.terminal(forged).get("/pos/terminal").then().statusCode(401);
    api.terminal(key.substring(0, key.length() - 2) + "xx").get("/pos/terminal").then().statusCode(401);
    api.terminal("garbage").get("/pos/terminal").then().statusCode(401);

    api.as(owner).post("/branches/k1/terminals/" + terminalId + "/revoke").then().statusCode(200).body("active", equalTo(false));
    api.as(owner).post("/branches/k1/terminals/" + terminalId + "/revoke").then().statusCode(200);
    api.terminal(key).get("/pos/terminal").then().statusCode(401);
  }

  @Test
  void multiFactorLoginWithAnAuthenticatorAppAndSingleUseRecoveryCodes() {
    String owner = api.createTenant(admin, "acc-mfa", "PROFESSIONAL");
    String secret = api.as(owner).post("/auth/mfa/setup").then().statusCode(200).extract().path("secret");
    api.as(owner).body(Map.of("otp", "000000")).post("/auth/mfa/enable").then().statusCode(422);
    Instant enabledAt = Instant.now();
    List<String> codes = api.as(owner).body(Map.of("otp", Totp.code(secret, enabledAt))).post("/auth/mfa/enable")
        .then().statusCode(200).extract().path("recoveryCodes");
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();

    api.login(Map.of("tenant", "acc-mfa", "username", "owner", "password", Api.ownerPassword())).then().statusCode(401)
        .body("type", equalTo("https://bashgah.ir/problems/mfa-required"));
    api.login(Map.of("tenant", "acc-mfa", "username", "owner", "password", Api.ownerPassword(), "otp", "123456")).then().statusCode(401);
    // The code that turned MFA on is used up; the next step's code is still within the app's window.
    api.login(Map.of("tenant", "acc-mfa", "username", "owner", "password", Api.ownerPassword(), "otp", Totp.code(secret, enabledAt))).then().statusCode(401);
    api.login(Map.of("tenant", "acc-mfa", "username", "owner", "password", Api.ownerPassword(), "otp", Totp.code(secret, enabledAt.plusSeconds(30)))).then().statusCode(200);
    api.login(Map.of("tenant", "acc-mfa", "username", "owner", "password", Api.ownerPassword(), "otp", codes.get(0))).then().statusCode(200);
    api.login(Map.of("tenant", "acc-mfa", "username", "owner", "password", Api.ownerPassword(), "otp", codes.get(0))).then().statusCode(401);

    try (var c = java.sql.DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
        var rs = c.createStatement().executeQuery("SELECT mfa_secret FROM t_acc_mfa.staff_user WHERE username = 'owner'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).as("the MFA secret is encrypted at rest").startsWith("v1:").doesNotContain(secret);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }

    String standard = api.createTenant(admin, "acc-nomfa", "STANDARD");
    api.as(standard).post("/auth/mfa/setup").then().statusCode(403).body("type", equalTo("https://bashgah.ir/problems/feature-not-in-plan"));
  }

  @Test
  void changingOnesPasswordNeedsTheCurrentOneAndAStrongNewOne() {
    String owner = api.createTenant(admin, "acc-pw", "BASIC");
    api.as(owner).body(Map.of("currentPassword", "wrong-one-2026", "newPassword", "New-pass-2026x")).post("/auth/password").then().statusCode(403);
    api.as(owner).body(Map.of("currentPassword", Api.ownerPassword(), "newPassword", "short")).post("/auth/password").then().statusCode(422);
    api.as(owner).body(Map.of("currentPassword", Api.ownerPassword(), "newPassword", "New-pass-2026x")).post("/auth/password").then().statusCode(204);
    api.login(Map.of("tenant", "acc-pw", "username", "owner", "password", Api.ownerPassword())).then().statusCode(401);
    api.staffToken("acc-pw", "owner", "New-pass-2026x");
  }
}
