package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import ir.bashgah.security.domain.secret.Totp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * No token outlives the rights it was issued with: a deactivation, a role or branch change, a password
 * change or reset, MFA on or off end the account's sessions at once; a user never changes his own
 * role, status or password through the staff API; sessions can be listed and ended.
 */
class SessionsIT extends RunningPlatform {
  private static final String UNAUTHORIZED = "https://bashgah.ir/problems/unauthorized";

  @Test
  void aDemotedAndDeactivatedManagersTokenStopsAtOnceForEveryRequestThatFollows() throws Exception {
    String owner = api.createTenant(admin, "ses-demote", "STANDARD");
    String member = api.register(owner, "Reza", "Karimi", "09120000101");
    String manager = api.staff(owner, "ses-demote", "mgr", "manager", null);
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    api.as(manager).get("/staff").then().statusCode(200);

    api.as(owner).body(Map.of("role", "cashier", "branch", "b1", "active", false)).patch("/staff/mgr").then().statusCode(200);

    // Sixteen threads start together after the change: not one request of the old token gets through.
    List<Callable<Integer>> calls = new ArrayList<>();
    CyclicBarrier start = new CyclicBarrier(16);
    for (int i = 0; i < 16; i++) {
      int n = i;
      calls.add(() -> {
        start.await();
        return switch (n % 4) {
          case 0 -> api.as(manager).header("Idempotency-Key", "adj-" + n).body(Map.of("asset", "CREDIT", "amount", 50_000, "reason", "x"))
              .post("/members/" + member + "/adjustments").statusCode();
          case 1 -> api.as(manager).body(Map.of("username", "ghost" + n, "password", "Ghost-pass-2026", "role", "manager")).post("/staff").statusCode();
          case 2 -> api.as(manager).body(Map.of("active", true, "password", "Mine-again-2026")).patch("/staff/mgr").statusCode();
          default -> api.as(manager).get("/members/" + member).statusCode();
        };
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        statuses.add(f.get());
      }
      assertThat(statuses).containsOnly(401);
    } finally {
      pool.shutdownNow();
    }
    api.as(owner).get("/members/" + member + "/balance").then().body("credit", equalTo(0));
    api.as(owner).get("/staff").then().body("username", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("ghost"))));
    api.login(Map.of("tenant", "ses-demote", "username", "mgr", "password", "Mgr-pass-2026")).then().statusCode(401);
    api.login(Map.of("tenant", "ses-demote", "username", "mgr", "password", "Mine-again-2026")).then().statusCode(401);
  }

  @Test
  void aRoleOrBranchChangeOrAPasswordResetEndsTheTokensOfThatUserOnly() {
    String owner = api.createTenant(admin, "ses-change", "STANDARD");
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    api.as(owner).body(Map.of("code", "b2", "name", "Two")).post("/branches").then().statusCode(201);
    String manager = api.staff(owner, "ses-change", "mgr", "manager", null);
    String cashier = api.staff(owner, "ses-change", "cash", "cashier", "b1");
    String other = api.staff(owner, "ses-change", "other", "cashier", "b1");

    api.as(manager).body(Map.of("password", "Reset-by-mgr-2026")).patch("/staff/cash").then().statusCode(200);
    api.as(cashier).get("/branches").then().statusCode(401).body("type", equalTo(UNAUTHORIZED));
    api.as(other).get("/branches").then().statusCode(200);
    String cashierAgain = api.staffToken("ses-change", "cash", "Reset-by-mgr-2026");

    api.as(manager).body(Map.of("branch", "b2")).patch("/staff/cash").then().statusCode(200);
    api.as(cashierAgain).get("/branches").then().statusCode(401);

    api.as(owner).body(Map.of("role", "marketer")).patch("/staff/mgr").then().statusCode(200);
    api.as(manager).get("/staff").then().statusCode(401);
    api.as(other).get("/branches").then().statusCode(200);
    api.as(owner).get("/staff").then().statusCode(200);
  }

  @Test
  void nobodyChangesHisOwnRoleStatusOrPasswordThroughTheStaffApi() {
    String owner = api.createTenant(admin, "ses-self", "STANDARD");
    String manager = api.staff(owner, "ses-self", "mgr", "manager", null);
    api.as(manager).body(Map.of("active", true)).patch("/staff/mgr").then().statusCode(403);
    api.as(manager).body(Map.of("password", "Self-service-2026")).patch("/staff/mgr").then().statusCode(403);
    api.as(manager).body(Map.of("role", "manager")).patch("/staff/mgr").then().statusCode(403);
    api.as(owner).body(Map.of("password", "Owner-new-pass-2026")).patch("/staff/owner").then().statusCode(403);
    api.as(owner).body(Map.of("role", "owner")).patch("/staff/owner").then().statusCode(403);
    api.staffToken("ses-self", "owner", Api.ownerPassword());
    api.staffToken("ses-self", "mgr", "Mgr-pass-2026");
  }

  @Test
  void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsEveryOtherSession() {
    api.createTenant(admin, "ses-pw", "BASIC");
    String here = api.staffToken("ses-pw", "owner", Api.ownerPassword());
    String there = api.elsewhere().staffToken("ses-pw", "owner", Api.ownerPassword());

    api.as(here).body(Map.of("newPassword", "New-pass-2026x")).post("/auth/password").then().statusCode(422);
    api.as(here).body(Map.of("currentPassword", "wrong-one-2026", "newPassword", "New-pass-2026x")).post("/auth/password").then().statusCode(403);
    api.as(there).get("/auth/me").then().statusCode(200);
    api.as(here).body(Map.of("currentPassword", Api.ownerPassword(), "newPassword", "New-pass-2026x")).post("/auth/password").then().statusCode(204);

    api.as(here).get("/auth/me").then().statusCode(200);
    api.as(there).get("/auth/me").then().statusCode(401).body("type", equalTo(UNAUTHORIZED));
    api.login(Map.of("tenant", "ses-pw", "username", "owner", "password", Api.ownerPassword())).then().statusCode(401);
    api.staffToken("ses-pw", "owner", "New-pass-2026x");
  }

  @Test
  void turningMfaOnOrOffEndsEveryOtherSession() {
    String here = api.createTenant(admin, "ses-mfa", "PROFESSIONAL");
    String there = api.elsewhere().staffToken("ses-mfa", "owner", Api.ownerPassword());
    String secret = api.as(here).post("/auth/mfa/setup").then().statusCode(200).extract().path("secret");
    api.as(here).body(Map.of("otp", Totp.code(secret, Instant.now()))).post("/auth/mfa/enable").then().statusCode(200);
    api.as(there).get("/auth/me").then().statusCode(401);
    api.as(here).get("/auth/me").then().statusCode(200).body("mfaEnabled", equalTo(true));

    String third = api.elsewhere().login(Map.of("tenant", "ses-mfa", "username", "owner", "password", Api.ownerPassword(),
        "otp", Totp.code(secret, Instant.now().plusSeconds(30)))).then().statusCode(200).extract().path("accessToken");
    // The console sends the confirmation as a JSON body on DELETE.
    api.as(here).body(Map.of("password", Api.ownerPassword())).delete("/auth/mfa").then().statusCode(204);
    api.as(third).get("/auth/me").then().statusCode(401);
    api.as(here).get("/auth/me").then().statusCode(200).body("mfaEnabled", equalTo(false));
  }

  @Test
  void oneSeesOnesOpenSessionsAndEndsThemAndAnOwnerEndsAStaffMembersSessions() {
    String owner = api.createTenant(admin, "ses-list", "STANDARD");
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    String phone = api.elsewhere().staffToken("ses-list", "owner", Api.ownerPassword());
    api.as(owner).get("/auth/sessions").then().statusCode(200).body("$", hasSize(2))
        .body("findAll { it.current }", hasSize(1))
        .body("find { it.current }.clientAddress", equalTo(api.clientAddress()));
    String phoneSession = api.as(phone).get("/auth/sessions").then().extract().path("find { it.current }.id");

    api.as(owner).delete("/auth/sessions/" + phoneSession).then().statusCode(204);
    api.as(phone).get("/auth/me").then().statusCode(401);
    api.as(owner).delete("/auth/sessions/" + phoneSession).then().statusCode(404);
    api.as(owner).get("/auth/sessions").then().body("$", hasSize(1));

    String cashier = api.staff(owner, "ses-list", "cash", "cashier", "b1");
    String cashierTablet = api.elsewhere().staffToken("ses-list", "cash", "Cash-pass-2026");
    api.as(owner).get("/staff/cash/sessions").then().statusCode(200).body("$", hasSize(2));
    api.as(cashier).get("/staff/owner/sessions").then().statusCode(403);
    api.as(cashier).delete("/auth/sessions/" + phoneSession).then().statusCode(404);
    api.as(owner).delete("/staff/cash/sessions").then().statusCode(204);
    api.as(cashier).get("/auth/me").then().statusCode(401);
    api.as(cashierTablet).get("/auth/me").then().statusCode(401);
    api.as(owner).get("/staff/cash/sessions").then().statusCode(200).body("$", hasSize(0));

    api.as(owner).post("/auth/logout").then().statusCode(204);
    api.as(owner).get("/auth/me").then().statusCode(401);
    api.as(admin).get("/platform/tenants/ses-list/audit?action=STAFF.SESSIONS_END").then().body("total", equalTo(1));
  }

  @Test
  void thePlatformAdminSignsOutToo() {
    String other = api.elsewhere().adminToken();
    api.as(admin).get("/auth/sessions").then().statusCode(200).body("find { it.current }.clientAddress", equalTo(api.clientAddress()));
    api.as(other).post("/auth/logout").then().statusCode(204);
    api.as(other).get("/platform/tenants").then().statusCode(401);
    api.as(admin).get("/platform/tenants").then().statusCode(200);
  }
}
