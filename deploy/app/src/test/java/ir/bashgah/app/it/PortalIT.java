package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The member portal's server side (issue 13, API-2.md "Member portal"): signing in with a code sent by
 * SMS, what a member's token may and may not reach, the quotas and the guessing limit, invoice links.
 */
class PortalIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";
  private Response askCode(Api client, String club, String mobile) {
    return client.anonymous().body(Map.of("mobile", mobile)).post("/portal/" + club + "/otp");
  }

  /** The newest SMS the club queued for the member, as staff see it (the `log` gateway sends it as is). */
  private String lastSms(Api.Till t) {
    return api.as(t.owner()).get("/members/" + t.member() + "/messages").then().statusCode(200).extract().path("items[0].text");
  }

  private String signIn(Api.Till t, String club) {
    return PortalSignIn.token(api, club, "09124440000");
  }

  private Response invoice(Api.Till t, String number, long unitPrice) {
    return api.terminal(t.key()).header("Idempotency-Key", "inv-" + number).body(Map.of("invoiceNumber", number, "memberCode", t.member(),
        "issuedAt", "2026-11-23T12:30:00+03:30", "lines", List.of(Map.of("sku", "A1", "name", "قهوه", "productGroup", "drinks", "quantity", 2, "unitPrice", unitPrice)),
        "payments", List.of(Map.of("method", "CASH", "amount", 2 * unitPrice)))).post("/pos/invoices");
  }

  @Test
  void aMemberSignsInWithTheSmsCodeAndSeesWhatStaffSeeOfHim() {
    Api.Till t = api.till(admin, "portal-me", "1111", "VIP");
    invoice(t, "P-1", 500_000).then().statusCode(201);
    long from = PortalSignIn.logSize();
    askCode(api, "portal-me", "۰۹۱۲ ۴۴۴ ۰۰۰۰").then().statusCode(202).body("expiresIn", equalTo(120)).body("codeLength", equalTo(6));
    String code = PortalSignIn.fromSms("portal-me", from, "code");
    // staff see that a code was sent, never the code
    assertThat(lastSms(t)).contains("نمایش داده نمی‌شود").doesNotContain(code);
    String wrong = code.equals("000000") ? "111111" : "000000";
    api.anonymous().body(Map.of("mobile", "09124440000", "code", wrong)).post("/portal/portal-me/session").then().statusCode(401)
        .body("type", equalTo(PROBLEMS + "unauthorized"));
    Response session = api.anonymous().body(Map.of("mobile", "+989124440000", "code", code)).post("/portal/portal-me/session");
    session.then().statusCode(200).body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(30 * 24 * 3600));
    String token = session.path("accessToken");
    // a code signs in once
    api.anonymous().body(Map.of("mobile", "09124440000", "code", code)).post("/portal/portal-me/session").then().statusCode(401);

    Map<String, Object> staffView = api.as(t.owner()).get("/members/" + t.member() + "/balance").then().statusCode(200).extract().as(Map.class);
    api.as(token).get("/portal/me").then().statusCode(200)
        .body("memberCode", equalTo(t.member())).body("firstName", equalTo("Sima")).body("lastName", equalTo("Ahmadi"))
        .body("balance.points", equalTo(staffView.get("points"))).body("balance.credit", equalTo(staffView.get("credit")))
        .body("balance.pendingPoints", equalTo(staffView.get("pendingPoints"))).body("level", equalTo(staffView.get("level")))
        .body("progress.basis", equalTo("TURNOVER")).body("progress.value", equalTo(1_000_000)).body("progress.nextLevel", equalTo("SILVER"))
        .body("profile.mobile", equalTo("09124440000")).body("consents.sms", equalTo(true)).body("referralCode", equalTo(t.member()))
        .body("qrAvailable", equalTo(true));
    api.as(token).get("/portal/me/ledger").then().statusCode(200).body("items", hasSize(1)).body("items[0].type", equalTo("EARN"))
        .body("items[0].amount", equalTo(100)).body("items[0].invoiceNumber", equalTo("P-1")).body("hasMore", equalTo(false));
    String invoiceId = api.as(token).get("/portal/me/invoices").then().statusCode(200).body("items", hasSize(1))
        .body("items[0].invoiceNumber", equalTo("P-1")).body("items[0].branchName", equalTo("One")).body("items[0].total", equalTo(1_000_000))
        .extract().path("items[0].id");
    api.as(token).get("/portal/me/invoices/" + invoiceId).then().statusCode(200).body("lines[0].name", equalTo("قهوه"))
        .body("lines[0].quantity", equalTo(2)).body("payments[0].method", equalTo("CASH")).body("pointsEarned", equalTo(100))
        .body("balanceAfter.points", equalTo(100)).body("club.name", notNullValue()).body("portalUrl", equalTo("/p/portal-me/"));
    api.as(token).get("/portal/me/offers").then().statusCode(200).body("items", hasSize(0));

    // the QR code the portal shows is one the till accepts
    String qr = api.as(token).get("/portal/me/qr").then().statusCode(200).extract().path("payload");
    api.terminal(t.key()).body(Map.of("qr", qr)).post("/pos/lookup").then().statusCode(200).body("memberCode", equalTo(t.member()));

    // his own profile, checked as staff edits are
    api.as(token).body(Map.of("city", "اصفهان", "email", "sima@example.ir")).patch("/portal/me").then().statusCode(200)
        .body("profile.city", equalTo("اصفهان")).body("profile.email", equalTo("sima@example.ir"));
    api.as(t.owner()).get("/members/" + t.member()).then().body("city", equalTo("اصفهان"));
    api.as(token).body(Map.of("nationalCode", "1234567890")).patch("/portal/me").then().statusCode(422).body("errors[0].field", equalTo("nationalCode"));
    api.as(token).body(Map.of("mobile", "09350000000", "group", "VIP")).patch("/portal/me").then().statusCode(422)
        .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("mobile", "group"));
    api.as(token).body(Map.of("sms", false)).put("/portal/me/consents").then().statusCode(200).body("sms", equalTo(false)).body("email", equalTo(true));
    api.as(t.owner()).get("/members/" + t.member() + "/consents").then().body("sms", equalTo(false));

    // this browser's web push (C4: VIP has it), kept for the member and forgotten when he turns it off
    PushBrowser browser = new PushBrowser();
    String endpoint = "http://127.0.0.1:9/wpush/portal-me";
    api.as(token).body(Map.of("endpoint", endpoint, "keys", Map.of("p256dh", browser.p256dh(), "auth", browser.auth()))).post("/portal/me/push-subscriptions")
        .then().statusCode(201);
    assertThat(Sql.value("SELECT COUNT(*) FROM t_portal_me.push_subscription WHERE endpoint = ?", endpoint)).isEqualTo(1L);
    api.as(token).body(Map.of("endpoint", endpoint, "keys", Map.of("p256dh", "AAAA", "auth", browser.auth()))).post("/portal/me/push-subscriptions")
        .then().statusCode(422).body("errors[0].field", equalTo("keys.p256dh"));
    api.as(token).body(Map.of("endpoint", endpoint)).delete("/portal/me/push-subscriptions").then().statusCode(204);
    assertThat(Sql.value("SELECT COUNT(*) FROM t_portal_me.push_subscription WHERE endpoint = ?", endpoint)).isEqualTo(0L);

    // signing out ends the token at once
    api.as(token).delete("/portal/session").then().statusCode(204);
    api.as(token).get("/portal/me").then().statusCode(401);
  }

  @Test
  void theLinkInTheSameSmsSignsInOnce() {
    Api.Till t = api.till(admin, "portal-link", "1111");
    long from = PortalSignIn.logSize();
    askCode(api, "portal-link", "09124440000").then().statusCode(202);
    String link = PortalSignIn.fromSms("portal-link", from, "link");
    String token = api.anonymous().body(Map.of("token", link)).post("/portal/portal-link/session/link").then().statusCode(200).extract().path("accessToken");
    api.as(token).get("/portal/me").then().statusCode(200).body("memberCode", equalTo(t.member())).body("qrAvailable", equalTo(false));
    api.anonymous().body(Map.of("token", link)).post("/portal/portal-link/session/link").then().statusCode(401);
    api.anonymous().body(Map.of("token", "not-a-link")).post("/portal/portal-link/session/link").then().statusCode(401);
    // the link is the club's: another club does not know it
    api.till(admin, "portal-link-b", "1111");
    api.anonymous().body(Map.of("token", link)).post("/portal/portal-link-b/session/link").then().statusCode(401);
  }

  @Test
  void aMembersTokenReachesHisOwnPortalOnlyAndStaffHaveNoMe() {
    Api.Till a = api.till(admin, "portal-only-a", "1111");
    Api.Till b = api.till(admin, "portal-only-b", "1111");
    invoice(b, "B-1", 900_000).then().statusCode(201);
    assertThat(a.member()).isEqualTo(b.member());
    String token = signIn(a, "portal-only-a");
    api.as(token).get("/members/" + a.member()).then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
    api.as(token).get("/members").then().statusCode(403);
    api.as(token).body(Map.of("memberCode", a.member())).post("/pos/lookup").then().statusCode(403);
    api.as(token).get("/messaging/channels").then().statusCode(403);
    api.as(token).get("/auth/me").then().statusCode(403);
    // the same member code in club b, with an invoice there: a's token reads a's member only
    api.as(token).get("/portal/me").then().statusCode(200).body("balance.points", equalTo(0));
    api.as(token).get("/portal/me/invoices").then().body("items", hasSize(0));
    String bInvoice = api.as(signIn(b, "portal-only-b")).get("/portal/me/invoices").then().extract().path("items[0].id");
    api.as(token).get("/portal/me/invoices/" + bInvoice).then().statusCode(404);
    // staff have no "me" in the portal, a terminal neither
    api.as(a.owner()).get("/portal/me").then().statusCode(403);
    api.terminal(a.key()).get("/portal/me").then().statusCode(403);
    // a token altered to name another club is no token
    String[] parts = token.split("\\.");
    String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8).replace("portal-only-a", "portal-only-b");
    String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    api.as(forged).get("/portal/me").then().statusCode(401);
    // a blocked member's session stops serving him
    api.as(a.owner()).body(Map.of("active", false, "creditActive", false, "reason", "درخواست عضو")).put("/members/" + a.member() + "/status").then().statusCode(200);
    api.as(token).get("/portal/me").then().statusCode(423).body("type", equalTo(PROBLEMS + "member-blocked"));
  }

  @Test
  void fiveWrongGuessesVoidTheCode() {
    Api.Till t = api.till(admin, "portal-guess", "1111");
    long from = PortalSignIn.logSize();
    askCode(api, "portal-guess", "09124440000").then().statusCode(202);
    String code = PortalSignIn.fromSms("portal-guess", from, "code");
    int wrong = 0;
    for (int guess = 0; wrong < 5; guess++) {
      String g = String.format("%06d", guess);
      if (!g.equals(code)) {
        api.anonymous().body(Map.of("mobile", "09124440000", "code", g)).post("/portal/portal-guess/session").then().statusCode(401);
        wrong++;
      }
    }
    api.anonymous().body(Map.of("mobile", "09124440000", "code", code)).post("/portal/portal-guess/session").then().statusCode(401)
        .body("detail", org.hamcrest.Matchers.containsString("no longer works"));
  }

  @Test
  void manyGuessesAtOnceCountEveryOne() throws Exception {
    Api.Till t = api.till(admin, "portal-guess-race", "1111");
    long from = PortalSignIn.logSize();
    askCode(api, "portal-guess-race", "09124440000").then().statusCode(202);
    String code = PortalSignIn.fromSms("portal-guess-race", from, "code");
    List<Integer> answers = Race.run(16, i -> {
      String g = String.format("%06d", i == Integer.parseInt(code) ? 999_999 - i : i);
      return api.elsewhere().anonymous().body(Map.of("mobile", "09124440000", "code", g)).post("/portal/portal-guess-race/session").statusCode();
    });
    assertThat(answers).containsOnly(401);
    assertThat(Sql.value("SELECT attempts FROM t_portal_guess_race.portal_login_code ORDER BY created_at DESC LIMIT 1")).isEqualTo(5L);
    api.anonymous().body(Map.of("mobile", "09124440000", "code", code)).post("/portal/portal-guess-race/session").then().statusCode(401);
  }

  @Test
  void fiveCodesAMobileAnHourAndTwentyAnAddressEvenAllAtOnce() throws Exception {
    api.till(admin, "portal-quota", "1111");
    Api one = api.elsewhere();
    List<Integer> answers = Race.run(12, i -> askCode(one.elsewhere(), "portal-quota", "09124440000").statusCode());
    assertThat(answers).filteredOn(s -> s == 202).hasSize(5);
    assertThat(answers).filteredOn(s -> s == 429).hasSize(7);
    Response refused = askCode(one, "portal-quota", "09124440000");
    refused.then().statusCode(429).body("type", equalTo(PROBLEMS + "too-many-requests"));
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 3600);
    // a mobile that is no member's gets the same answer, and counts the same against the address
    Api address = api.elsewhere();
    for (int i = 0; i < 20; i++) {
      askCode(address, "portal-quota", "0935000" + String.format("%04d", i)).then().statusCode(202);
    }
    askCode(address, "portal-quota", "09350009999").then().statusCode(429);
    askCode(api.elsewhere(), "portal-quota", "09350009999").then().statusCode(202);
    askCode(api, "portal-quota", "0912").then().statusCode(422).body("errors[0].field", equalTo("mobile"));
    askCode(api, "no-such-club", "09124440000").then().statusCode(404);
  }

  @Test
  void everyInvoiceHasALinkThatOpensItsPageWithoutSigningIn() {
    Api.Till t = api.till(admin, "portal-invoice", "1111");
    api.as(t.owner()).body(Map.of("code", "inv", "channel", "SMS", "text", "فاکتور شما: {link}")).post("/message-templates").then().statusCode(201);
    api.as(t.owner()).body(Map.of("enabled", true, "channel", "SMS", "template", "inv")).put("/messaging/automations/INVOICE_LINK").then().statusCode(200);
    invoice(t, "L-1", 250_000).then().statusCode(201);
    api.runJob(admin, "message-delivery", "portal-invoice");
    String sms = lastSms(t);
    Matcher m = Pattern.compile("/i/(portal-invoice\\.[A-Za-z0-9_-]{22})").matcher(sms);
    assertThat(m.find()).as(sms).isTrue();
    String token = m.group(1);
    api.anonymous().get("/portal/invoices/" + token).then().statusCode(200).body("invoiceNumber", equalTo("L-1")).body("total", equalTo(500_000))
        .body("lines", hasSize(1)).body("lines[0].unitPrice", equalTo(250_000)).body("pointsEarned", equalTo(50)).body("balanceAfter.points", equalTo(50))
        .body("club.slug", equalTo("portal-invoice")).body("surveyUrl", nullValue());
    String forged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    api.anonymous().get("/portal/invoices/" + forged).then().statusCode(404);
    api.anonymous().get("/portal/invoices/portal-me." + token.substring(token.indexOf('.') + 1)).then().statusCode(404);
    api.anonymous().get("/portal/invoices/nonsense").then().statusCode(404);
  }
}
