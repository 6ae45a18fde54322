package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Templates, consent, scheduled sends and automatic messages (issue 12, second step): texts are
 * checked when saved and composed per member when sent; a member who refused the channel is counted
 * suppressed and never sent to; an invoice's receipt is queued with the invoice, so an invoice that is
 * refused, or replayed, queues nothing more.
 */
class MessagingAutomationsIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  /** Marketing messages wait out the club's quiet hours; a test that sends one must not depend on when the build runs. */
  static void noQuietHours(Api api, String owner) {
    api.as(owner).body(Map.of("from", "00:00", "until", "00:00")).put("/messaging/quiet-hours").then().statusCode(200)
        .body("from", equalTo("00:00")).body("timeZone", equalTo("Asia/Tehran"));
  }

  private static String schema(String slug) {
    return "t_" + slug.replace('-', '_');
  }

  @Test
  void templatesAreCheckedWhenSavedAndShowTheirSmsParts() {
    String owner = api.createTenant(admin, "tpl-save", "STANDARD");
    api.as(owner).body(Map.of("code", "hello", "channel", "SMS", "text", "سلام {fristName}، {points} امتیاز {nmae}"))
        .post("/message-templates").then().statusCode(422).body("type", equalTo(PROBLEMS + "validation-failed"))
        .body("errors[0].field", equalTo("text")).body("errors[0].message", containsString("{fristName}, {nmae}"))
        .body("errors[0].message", containsString("{firstName}"));
    api.as(owner).body(Map.of("code", "Hello World", "channel", "FAX", "text", " ")).post("/message-templates").then().statusCode(422)
        .body("errors.field", containsInAnyOrder("code", "channel", "text"));
    api.as(owner).body(Map.of("code", "hello", "channel", "SMS", "text", "x", "subject", "y")).post("/message-templates").then().statusCode(422)
        .body("errors.field", contains("subject"));

    String text = "سلام {firstName}، " + "ا".repeat(60);
    api.as(owner).body(Map.of("code", "hello", "channel", "SMS", "text", text)).post("/message-templates").then().statusCode(201)
        .body("code", equalTo("hello")).body("placeholders", contains("firstName")).body("characters", equalTo(text.length()))
        .body("smsParts", equalTo(2));
    api.as(owner).body(Map.of("code", "hello", "channel", "SMS", "text", "دوباره")).post("/message-templates").then().statusCode(409);
    api.as(owner).body(Map.of("channel", "SMS", "text", "سلام {firstName}")).put("/message-templates/hello").then().statusCode(200)
        .body("smsParts", equalTo(1)).body("text", equalTo("سلام {firstName}"));
    api.as(owner).body(Map.of("code", "other", "channel", "SMS", "text", "x")).put("/message-templates/hello").then().statusCode(422)
        .body("errors.field", contains("code"));
    api.as(owner).body(Map.of("channel", "SMS", "text", "x")).put("/message-templates/nope").then().statusCode(404);
    api.as(owner).get("/message-templates").then().statusCode(200).body("", hasSize(1)).body("[0].text", equalTo("سلام {firstName}"));
    api.as(owner).get("/audit?action=MESSAGE_TEMPLATE.UPDATE").then().statusCode(200).body("items", hasSize(1));

    // another club has none of them
    String other = api.createTenant(admin, "tpl-else", "STANDARD");
    api.as(other).get("/message-templates").then().statusCode(200).body("", hasSize(0));
    api.as(other).get("/message-templates/hello").then().statusCode(404);
  }

  @Test
  void aTemplatedSendIsComposedPerMemberAndWhoRefusedTheChannelIsCountedSuppressed() {
    String slug = "tpl-send";
    String owner = api.createTenant(admin, slug, "STANDARD");
    noQuietHours(api, owner);
    String sara = api.register(owner, "Sara", "Amini", "09121260001");
    String ali = api.register(owner, "Ali", "Bahrami", "09121260002");
    api.as(owner).get("/members/" + ali + "/consents").then().statusCode(200).body("sms", equalTo(true)).body("email", equalTo(true));
    api.as(owner).body(Map.of("sms", false)).put("/members/" + ali + "/consents").then().statusCode(200)
        .body("sms", equalTo(false)).body("email", equalTo(true)).body("push", equalTo(true));
    api.as(owner).body(Map.of()).put("/members/" + ali + "/consents").then().statusCode(422);
    api.as(owner).body(Map.of("code", "hello", "channel", "SMS", "text", "سلام {firstName}، {points} امتیاز دارید. {club}")).post("/message-templates")
        .then().statusCode(201);

    String batch = api.as(owner).header("Idempotency-Key", "t-1").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara, ali)), "template", "hello"))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(1)).body("suppressed", equalTo(1)).body("status", equalTo("QUEUED"))
        .extract().path("batchId");
    api.runJob(admin, "message-delivery", slug);

    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200).body("total", equalTo(2)).body("counts.SENT", equalTo(1))
        .body("counts.SUPPRESSED", equalTo(1)).body("template", equalTo("hello")).body("channel", equalTo("SMS"));
    api.as(owner).get("/members/" + sara + "/messages").then().statusCode(200).body("items[0].status", equalTo("SENT"))
        .body("items[0].text", equalTo("سلام Sara، ۰ امتیاز دارید. Club " + slug));
    api.as(owner).get("/members/" + ali + "/messages").then().statusCode(200).body("items[0].status", equalTo("SUPPRESSED"))
        .body("items[0].text", nullValue()).body("items[0].sentAt", nullValue());
    assertThat(Sql.rows("SELECT status, attempts FROM " + schema(slug) + ".message ORDER BY status")).containsExactly(List.of("SENT", "1"), List.of("SUPPRESSED", "0"));

    // a template of another channel, or both a template and a text, are refused by name
    api.as(owner).header("Idempotency-Key", "t-2").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "template", "nope"))
        .post("/messages").then().statusCode(422).body("errors[0].field", equalTo("template"));
    api.as(owner).header("Idempotency-Key", "t-3").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "template", "hello", "text", "x"))
        .post("/messages").then().statusCode(422).body("errors[0].field", equalTo("text"));
  }

  @Test
  void aScheduledSendWaitsForItsTime() {
    String slug = "tpl-later";
    String owner = api.createTenant(admin, slug, "STANDARD");
    noQuietHours(api, owner);
    String sara = api.register(owner, "Sara", "Amini", "09121260003");
    String tomorrow = OffsetDateTime.now(ZoneOffset.ofHoursMinutes(3, 30)).plusDays(1).withNano(0).toString();
    String batch = api.as(owner).header("Idempotency-Key", "s-1")
        .body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "text", "جشنواره فردا", "sendAt", tomorrow))
        .post("/messages").then().statusCode(202).body("status", equalTo("SCHEDULED")).extract().path("batchId");
    api.runJob(admin, "message-delivery", slug);
    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200).body("counts.QUEUED", equalTo(1)).body("counts.SENT", nullValue());

    String tooFar = OffsetDateTime.now(ZoneOffset.UTC).plus(Duration.ofDays(120)).withNano(0).toString();
    api.as(owner).header("Idempotency-Key", "s-2").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "text", "x", "sendAt", tooFar))
        .post("/messages").then().statusCode(422).body("errors[0].field", equalTo("sendAt"));
    api.as(owner).header("Idempotency-Key", "s-3").body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "text", "x", "sendAt", "فردا"))
        .post("/messages").then().statusCode(422).body("errors[0].field", equalTo("sendAt"));
    api.as(owner).body(Map.of("from", "25:00", "until", "8")).put("/messaging/quiet-hours").then().statusCode(422)
        .body("errors.field", containsInAnyOrder("from", "until"));
  }

  @Test
  void anInvoicesReceiptIsQueuedWithTheInvoiceOnceHoweverManyTillsSendIt() throws Exception {
    String slug = "auto-earn";
    Api.Till till = api.till(admin, slug, "1234");
    api.as(till.owner()).body(Map.of("code", "earn", "channel", "SMS", "text", "{amount} امتیاز گرفتید؛ موجودی شما {points} امتیاز")).post("/message-templates")
        .then().statusCode(201);
    // a receipt is part of C1; a marketing trigger needs marketing automation (C5), which STANDARD lacks
    api.as(till.owner()).body(Map.of("enabled", true, "channel", "SMS", "template", "earn")).put("/messaging/automations/WELCOME").then().statusCode(403)
        .body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(till.owner()).body(Map.of("enabled", true, "channel", "SMS", "template", "nope")).put("/messaging/automations/EARN").then().statusCode(422)
        .body("errors[0].field", equalTo("template"));
    api.as(till.owner()).body(Map.of("enabled", true, "channel", "SMS", "template", "earn")).put("/messaging/automations/SOMETIMES").then().statusCode(404);
    api.as(till.owner()).body(Map.of("enabled", true, "channel", "SMS", "template", "earn")).put("/messaging/automations/EARN").then().statusCode(200)
        .body("enabled", equalTo(true)).body("kind", equalTo("TRANSACTIONAL"));
    api.as(till.owner()).get("/messaging/automations").then().statusCode(200).body("trigger", hasItem("BIRTHDAY")).body("find { it.trigger == 'EARN' }.template", equalTo("earn"));

    Map<String, Object> invoice = Map.of("invoiceNumber", "R-1", "memberCode", till.member(), "issuedAt", "2026-11-23T12:30:00+03:30",
        "lines", List.of(Map.of("sku", "A1", "name", "قهوه", "productGroup", "drinks", "quantity", 5, "unitPrice", 250_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", 1_250_000)));
    // eight tills at once: four replay one key, four send the same invoice number under keys of their own
    List<Response> answers = Race.run(8, i -> Race.asATill(
        () -> api.terminal(till.key()).header("Idempotency-Key", i < 4 ? "same" : "own-" + i).body(invoice).post("/pos/invoices")));
    List<Integer> statuses = new ArrayList<>();
    answers.forEach(a -> statuses.add(a.statusCode()));
    assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 409);
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema(slug) + ".invoice")).isEqualTo(1);
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema(slug) + ".message WHERE trigger_name = 'EARN'")).as("one receipt for the one invoice").isEqualTo(1);

    // an invoice refused at the till queues nothing
    api.terminal(till.key()).header("Idempotency-Key", "bad").body(Map.of("invoiceNumber", "R-2", "memberCode", till.member(), "issuedAt", "2026-11-23T12:30:00+03:30",
        "lines", List.of(Map.of("sku", "A1", "productGroup", "drinks", "quantity", 1, "unitPrice", 100_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", 90_000)))).post("/pos/invoices").then().statusCode(422);
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema(slug) + ".message")).isEqualTo(1);

    api.runJob(admin, "message-delivery", slug);
    api.as(till.owner()).get("/members/" + till.member() + "/messages").then().statusCode(200).body("total", equalTo(1))
        .body("items[0].status", equalTo("SENT")).body("items[0].text", equalTo("۱۲۵ امتیاز گرفتید؛ موجودی شما ۱۲۵ امتیاز"));

    // switched off, the next invoice sends nothing
    api.as(till.owner()).body(Map.of("enabled", false, "channel", "SMS", "template", "earn")).put("/messaging/automations/EARN").then().statusCode(200);
    api.terminal(till.key()).header("Idempotency-Key", "r-3").body(Map.of("invoiceNumber", "R-3", "memberCode", till.member(), "issuedAt", "2026-11-23T12:30:00+03:30",
        "lines", List.of(Map.of("sku", "A1", "productGroup", "drinks", "quantity", 1, "unitPrice", 100_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", 100_000)))).post("/pos/invoices").then().statusCode(201);
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema(slug) + ".message")).isEqualTo(1);
  }

  @Test
  void aNewMemberIsWelcomedWithTheJoiningBonusWhereTheClubHasMarketingAutomation() {
    String slug = "auto-welcome";
    String owner = api.createTenant(admin, slug, "VIP");
    noQuietHours(api, owner);
    api.as(owner).body(Map.of("code", "welcome", "channel", "SMS", "text", "{firstName} جان، به {club} خوش آمدید! سطح شما: {level}")).post("/message-templates")
        .then().statusCode(201);
    api.as(owner).body(Map.of("enabled", true, "channel", "SMS", "template", "welcome")).put("/messaging/automations/WELCOME").then().statusCode(200)
        .body("kind", equalTo("MARKETING")).body("feature", equalTo("C5"));
    String sara = api.register(owner, "Sara", "Amini", "09121260004");
    // a registration refused for a taken mobile welcomes nobody
    api.as(owner).body(Map.of("firstName", "X", "lastName", "Y", "mobile", "09121260004")).post("/members").then().statusCode(409);
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema(slug) + ".message WHERE trigger_name = 'WELCOME'")).isEqualTo(1);

    api.runJob(admin, "message-delivery", slug);
    api.as(owner).get("/members/" + sara + "/messages").then().statusCode(200).body("items[0].status", equalTo("SENT"))
        .body("items[0].text", startsWithText("Sara جان، به Club " + slug + " خوش آمدید! سطح شما: "));
  }

  @Test
  void birthdaysAreGreetedOnTheirJalaliDayOnceAYearInTheMorning() {
    String slug = "auto-bday";
    String owner = api.createTenant(admin, slug, "VIP");
    api.as(owner).body(Map.of("code", "bday", "channel", "SMS", "text", "{firstName} عزیز، تولدت مبارک! {club}")).post("/message-templates")
        .then().statusCode(201);
    api.as(owner).body(Map.of("enabled", true, "channel", "SMS", "template", "bday")).put("/messaging/automations/BIRTHDAY").then().statusCode(200);
    java.time.Instant now = java.time.Instant.now();
    java.time.LocalDate today = now.atZone(java.time.ZoneId.of("Asia/Tehran")).toLocalDate();
    // born thirty Jalali years ago on today's Jalali month and day; the other one the Gregorian day, which is not it
    java.time.LocalDate jalaliBirthday = ir.bashgah.messaging.domain.greeting.JalaliAnniversaries.anniversariesOn(today).get(30);
    java.time.LocalDate gregorianOnly = today.minusYears(30);
    String sara = api.as(owner).body(Map.of("firstName", "Sara", "lastName", "Amini", "mobile", "09121260005", "birthDate", jalaliBirthday.toString()))
        .post("/members").then().statusCode(201).extract().path("memberCode");
    if (!gregorianOnly.equals(jalaliBirthday)) {
      api.as(owner).body(Map.of("firstName", "Ali", "lastName", "Bahrami", "mobile", "09121260006", "birthDate", gregorianOnly.toString()))
          .post("/members").then().statusCode(201);
    }

    api.runJob(admin, "greetings", slug);
    api.runJob(admin, "greetings", slug);

    assertThat(Sql.rows("SELECT m.member_code, g.trigger_name FROM " + schema(slug) + ".message_greeting g JOIN " + schema(slug)
        + ".member m ON m.id = g.member_id")).as("Sara once, Ali not").containsExactly(List.of(sara, "BIRTHDAY"));
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema(slug) + ".message WHERE trigger_name = 'BIRTHDAY'")).isEqualTo(1);
    java.time.Instant morning = today.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Tehran")).toInstant();
    java.time.Instant due = java.time.Instant.parse(Sql.rows("SELECT DATE_FORMAT(next_attempt_at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM " + schema(slug)
        + ".message WHERE trigger_name = 'BIRTHDAY'").get(0).get(0));
    assertThat(due).as("due at nine in Tehran, or now when the job runs after it").isBetween(morning.isAfter(now) ? morning : now.minusSeconds(5),
        morning.isAfter(now) ? morning : now.plusSeconds(60));
  }

  @Test
  void aMemberWhoGoesUpALevelIsToldOnceAndNotWhenHeGoesDown() {
    String slug = "auto-level";
    Api.Till till = api.till(admin, slug, "1234", "VIP");
    api.programme(till.owner(), Map.of("levels", Map.of("basis", "TURNOVER", "windowDays", 180, "graceDays", 0, "tiers", List.of(
        Map.of("code", "BRONZE", "name", "برنزی", "threshold", 0), Map.of("code", "SILVER", "name", "نقره‌ای", "threshold", 1_000_000)))));
    api.as(till.owner()).body(Map.of("code", "up", "channel", "SMS", "text", "تبریک! سطح شما {level} شد")).post("/message-templates").then().statusCode(201);
    api.as(till.owner()).body(Map.of("enabled", true, "channel", "SMS", "template", "up")).put("/messaging/automations/LEVEL_UP").then().statusCode(200);
    Map<String, Object> small = Map.of("invoiceNumber", "L-1", "memberCode", till.member(), "issuedAt", java.time.Instant.now().toString(),
        "lines", List.of(Map.of("sku", "A", "productGroup", "g", "quantity", 1, "unitPrice", 500_000)), "payments", List.of(Map.of("method", "CARD", "amount", 500_000)));
    api.terminal(till.key()).header("Idempotency-Key", "l-1").body(small).post("/pos/invoices").then().statusCode(201).body("level", equalTo("BRONZE"));
    assertThat(Sql.value("SELECT COUNT(*) FROM " + schema(slug) + ".message WHERE trigger_name = 'LEVEL_UP'")).isZero();

    Map<String, Object> big = Map.of("invoiceNumber", "L-2", "memberCode", till.member(), "issuedAt", java.time.Instant.now().toString(),
        "lines", List.of(Map.of("sku", "A", "productGroup", "g", "quantity", 1, "unitPrice", 600_000)), "payments", List.of(Map.of("method", "CARD", "amount", 600_000)));
    api.terminal(till.key()).header("Idempotency-Key", "l-2").body(big).post("/pos/invoices").then().statusCode(201).body("level", equalTo("SILVER"));
    api.terminal(till.key()).header("Idempotency-Key", "r-2").body(Map.of("invoiceNumber", "L-2", "returnNumber", "R-2", "lines",
        List.of(Map.of("sku", "A", "quantity", 1)))).post("/pos/returns").then().statusCode(201);
    api.runJob(admin, "levels-nightly", slug);

    assertThat(Sql.rows("SELECT trigger_name, params FROM " + schema(slug) + ".message")).containsExactly(List.of("LEVEL_UP", "{\"level\":\"نقره‌ای\"}"));
  }

  private static org.hamcrest.Matcher<String> startsWithText(String prefix) {
    return org.hamcrest.Matchers.startsWith(prefix);
  }
}
