package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
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
 * Guessing is slowed per account and per client address with growing delays (429 with Retry-After),
 * the same for accounts and clubs that do not exist, and it cannot be turned against the account's
 * owner: at a browser she signed in with before, a stranger's guesses do not slow her down.
 */
class LoginThrottleIT extends RunningPlatform {
  private static final String TOO_MANY = "https://bashgah.ir/problems/too-many-requests";
  private static final String UNAUTHORIZED = "https://bashgah.ir/problems/unauthorized";

  private static Map<String, String> login(String tenant, String username, String password) {
    return Map.of("tenant", tenant, "username", username, "password", password);
  }

  @Test
  void afterFiveFreeFailuresAnAccountMustWaitAndSoMustOneThatDoesNotExist() {
    api.createTenant(admin, "thr-acct", "BASIC");
    Api attacker = api.elsewhere();
    for (String username : List.of("owner", "ghost")) {
      for (int i = 1; i <= 6; i++) {
        attacker.login(login("thr-acct", username, "Wrong-pass-" + i)).then().statusCode(401).body("type", equalTo(UNAUTHORIZED));
      }
      Response refused = attacker.elsewhere().login(login("thr-acct", username, Api.ownerPassword()));
      refused.then().statusCode(429).body("type", equalTo(TOO_MANY)).contentType("application/problem+json");
      assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
    }
    for (int i = 1; i <= 6; i++) {
      attacker.elsewhere().login(login("thr-nowhere", "owner", "Wrong-pass-" + i)).then().statusCode(401).body("type", equalTo(UNAUTHORIZED));
    }
    attacker.elsewhere().login(login("thr-nowhere", "owner", "Wrong-pass-7")).then().statusCode(429).body("type", equalTo(TOO_MANY));
    api.as(admin).get("/platform/tenants/thr-acct/audit?action=AUTH.LOGIN_FAILED").then().body("total", equalTo(12));
  }

  @Test
  void aStrangersGuessesDoNotSlowTheOwnerAtTheBrowserSheSignedInWithBefore() {
    api.createTenant(admin, "thr-victim", "BASIC");
    Response first = api.login(login("thr-victim", "owner", Api.ownerPassword()));
    first.then().statusCode(200);
    String deviceCookie = first.getCookie("bashgah_device");
    assertThat(deviceCookie).isNotBlank();
    assertThat(first.getDetailedCookie("bashgah_device").isHttpOnly()).isTrue();
    assertThat(first.getDetailedCookie("bashgah_device").getSameSite()).isEqualToIgnoringCase("Strict");

    for (int i = 0; i < 12; i++) {
      api.elsewhere().login(login("thr-victim", "owner", "Guess-" + i)).then().statusCode(org.hamcrest.Matchers.oneOf(401, 429));
    }
    api.elsewhere().login(login("thr-victim", "owner", Api.ownerPassword())).then().statusCode(429);

    api.anonymous().cookie("bashgah_device", deviceCookie).body(login("thr-victim", "owner", Api.ownerPassword())).post("/auth/login")
        .then().statusCode(200);
    // A cookie made for another account, or forged, is no pass.
    api.anonymous().cookie("bashgah_device", deviceCookie.substring(0, deviceCookie.length() - 2) + "xx").body(login("thr-victim", "owner", Api.ownerPassword()))
        .post("/auth/login").then().statusCode(429);
  }

  @Test
  void oneAddressSprayingManyUsernamesIsSlowedDownWhileOthersAreNot() {
    api.createTenant(admin, "thr-spray", "BASIC");
    Api sprayer = api.elsewhere();
    int refused = 0;
    for (int i = 0; i < 40; i++) {
      int status = sprayer.login(login("thr-spray", "user" + i, "Spring-2026")).statusCode();
      assertThat(status).isIn(401, 429);
      if (status == 429) {
        refused++;
      }
    }
    assertThat(refused).as("attempts refused after the address's 21st").isGreaterThanOrEqualTo(19);
    sprayer.login(login("thr-spray", "owner", Api.ownerPassword())).then().statusCode(429);
    api.elsewhere().login(login("thr-spray", "owner", Api.ownerPassword())).then().statusCode(200);
  }

  @Test
  void wrongPasswordsSentAtTheSameMomentCannotSlipPastTheCount() throws Exception {
    api.createTenant(admin, "thr-race", "BASIC");
    Api attacker = api.elsewhere();
    CyclicBarrier start = new CyclicBarrier(16);
    List<Callable<Integer>> attempts = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      int n = i;
      attempts.add(() -> {
        start.await();
        return attacker.elsewhere().login(login("thr-race", "owner", "Wrong-pass-" + n)).statusCode();
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(attempts)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).containsOnly(401, 429);
    assertThat(statuses.stream().filter(s -> s == 401).count()).as("passwords actually checked").isLessThanOrEqualTo(6);
    api.elsewhere().login(login("thr-race", "owner", Api.ownerPassword())).then().statusCode(429);
  }

  @Test
  void wrongOneTimeCodesAreLimitedAndACodeIsGoodOnlyOnce() {
    String owner = api.createTenant(admin, "thr-otp", "PROFESSIONAL");
    String secret = api.as(owner).post("/auth/mfa/setup").then().statusCode(200).extract().path("secret");
    String enabling = Totp.code(secret, Instant.now());
    api.as(owner).body(Map.of("otp", enabling)).post("/auth/mfa/enable").then().statusCode(200);

    Map<String, String> withCode = new java.util.HashMap<>(login("thr-otp", "owner", Api.ownerPassword()));
    withCode.put("otp", enabling);
    api.login(withCode).then().statusCode(401).body("type", equalTo("https://bashgah.ir/problems/mfa-required"));
    withCode.put("otp", Totp.code(secret, Instant.now().plusSeconds(30)));
    api.login(withCode).then().statusCode(200);
    api.login(withCode).then().statusCode(401).body("detail", org.hamcrest.Matchers.containsString("already used"));

    Api guesser = api.elsewhere();
    for (int i = 0; i < 5; i++) {
      withCode.put("otp", String.format("%06d", 111111 * (i + 1) % 1_000_000));
      guesser.login(withCode).then().statusCode(401);
    }
    withCode.put("otp", "000000");
    guesser.elsewhere().login(withCode).then().statusCode(429);
  }

  @Test
  void wrongCurrentPasswordsOnAPasswordChangeCountLikeWrongLogins() {
    String owner = api.createTenant(admin, "thr-pw", "BASIC");
    for (int i = 0; i < 6; i++) {
      api.as(owner).body(Map.of("currentPassword", "Guess-" + i + "-2026", "newPassword", "New-pass-2026x")).post("/auth/password").then().statusCode(403);
    }
    api.as(owner).body(Map.of("currentPassword", Api.ownerPassword(), "newPassword", "New-pass-2026x")).post("/auth/password")
        .then().statusCode(429).body("type", equalTo(TOO_MANY));
    api.elsewhere().login(login("thr-pw", "owner", Api.ownerPassword())).then().statusCode(429);
  }

  @Test
  void aSuspendedClubIsNamedOnlyToWhoeverKnowsThePassword() {
    api.createTenant(admin, "thr-susp", "BASIC");
    api.as(admin).body(Map.of("status", "SUSPENDED")).patch("/platform/tenants/thr-susp").then().statusCode(200);
    String wrong = api.login(login("thr-susp", "owner", "Wrong-pass-2026")).then().statusCode(401).extract().path("detail");
    String unknown = api.login(login("thr-none-such", "owner", "Wrong-pass-2026")).then().statusCode(401).extract().path("detail");
    assertThat(wrong).isEqualTo(unknown);
    api.login(login("thr-susp", "owner", Api.ownerPassword())).then().statusCode(403).body("type", equalTo("https://bashgah.ir/problems/tenant-suspended"));
  }
}
