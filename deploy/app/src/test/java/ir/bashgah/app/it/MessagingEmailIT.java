package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Email (C3) from the outbox to a real SMTP server (GreenMail, {@link Mailbox}): composed per member
 * from an email template with its subject, sent once under the club's name as multipart text and
 * right-to-left HTML; members who refused email or have no address are counted, not sent to.
 */
class MessagingEmailIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  private String member(String owner, String first, String last, String mobile, String email) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", first, "lastName", last, "mobile", mobile));
    if (email != null) {
      body.put("email", email);
    }
    return api.as(owner).body(body).post("/members").then().statusCode(201).extract().path("memberCode");
  }

  @Test
  void aTemplatedEmailReachesEachConsentingMemberOnceUnderTheClubsName() throws Exception {
    String owner = api.createTenant(admin, "mail-once", "PROFESSIONAL");
    MessagingAutomationsIT.noQuietHours(api, owner);
    String sara = member(owner, "سارا", "امینی", "09121260001", "sara.mail-once@example.ir");
    String ali = member(owner, "علی", "بهرامی", "09121260002", "ali.mail-once@example.ir");
    String reza = member(owner, "رضا", "کریمی", "09121260003", null);
    api.as(owner).body(Map.of("email", false)).put("/members/" + ali + "/consents").then().statusCode(200);

    api.as(owner).body(Map.of("code", "yalda", "channel", "EMAIL", "subject", "{firstName}، هدیه‌ی یلدای {club}",
        "text", "{firstName} عزیز،\nشب یلدا در {club} دو برابر امتیاز بگیرید.\n\nکارت شما: {link}"))
        .post("/message-templates").then().statusCode(201);

    // before sending: the message as Sara would get it, and why Ali would not
    api.as(owner).body(Map.of("channel", "EMAIL", "memberCode", sara, "template", "yalda")).post("/messages/preview").then().statusCode(200)
        .body("subject", equalTo("سارا، هدیه‌ی یلدای Club mail-once")).body("text", startsWith("سارا عزیز،\nشب یلدا در Club mail-once"))
        .body("recipient", equalTo("sara.mail-once@example.ir")).body("reachable", equalTo(true));
    api.as(owner).body(Map.of("channel", "EMAIL", "memberCode", ali, "template", "yalda")).post("/messages/preview").then().statusCode(200)
        .body("reachable", equalTo(false)).body("notReachedBecause", equalTo("the member refused EMAIL messages"));
    api.as(owner).body(Map.of("channel", "SMS", "memberCode", reza, "text", "{firstName} جان، {club} منتظر شماست")).post("/messages/preview").then()
        .statusCode(200).body("text", equalTo("رضا جان، Club mail-once منتظر شماست")).body("smsParts", equalTo(1)).body("subject", nullValue());
    api.as(owner).body(Map.of("channel", "SMS", "memberCode", "99999999", "text", "x")).post("/messages/preview").then().statusCode(422)
        .body("errors[0].field", equalTo("memberCode"));
    // what the console offers: SMS and email on this plan
    api.as(owner).get("/messaging/channels").then().statusCode(200)
        .body("find { it.channel == 'EMAIL' }.inPlan", equalTo(true)).body("find { it.channel == 'EMAIL' }.available", equalTo(true))
        .body("find { it.channel == 'SMS' }.feature", equalTo("C1"));

    String batch = api.as(owner).header("Idempotency-Key", "e-1")
        .body(Map.of("channel", "EMAIL", "to", Map.of("memberCodes", List.of(sara, ali, reza)), "template", "yalda"))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(1)).extract().path("batchId");

    api.runJob(admin, "message-delivery", "mail-once");
    api.runJob(admin, "message-delivery", "mail-once");

    List<MimeMessage> got = Mailbox.to("sara.mail-once@example.ir");
    assertThat(got).hasSize(1);
    MimeMessage mail = got.get(0);
    String club = "Club mail-once";
    assertThat(mail.getSubject()).isEqualTo("سارا، هدیه‌ی یلدای " + club);
    InternetAddress from = (InternetAddress) mail.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo(Mailbox.FROM);
    assertThat(from.getPersonal()).isEqualTo(club);
    MimeMultipart body = (MimeMultipart) mail.getContent();
    assertThat((String) body.getBodyPart(0).getContent()).startsWith("سارا عزیز،\nشب یلدا در " + club);
    assertThat((String) body.getBodyPart(1).getContent()).contains("dir=\"rtl\"").contains("/p/mail-once/");
    assertThat(Mailbox.to("ali.mail-once@example.ir")).isEmpty();

    api.as(owner).get("/messages/batches/" + batch).then().statusCode(200).body("total", equalTo(3))
        .body("counts.SENT", equalTo(1)).body("counts.SUPPRESSED", equalTo(2));
    api.as(owner).get("/members/" + sara + "/messages").then().statusCode(200).body("items[0].channel", equalTo("EMAIL"))
        .body("items[0].status", equalTo("SENT")).body("items[0].text", startsWith("سارا عزیز،\nشب یلدا در " + club));
  }

  @Test
  void aTextEmailTakesItsOwnSubjectOrElseTheClubsName() throws Exception {
    String owner = api.createTenant(admin, "mail-text", "PROFESSIONAL");
    MessagingAutomationsIT.noQuietHours(api, owner);
    String sara = member(owner, "Sara", "Amini", "09121260011", "sara.mail-text@example.ir");

    api.as(owner).header("Idempotency-Key", "t-1")
        .body(Map.of("channel", "EMAIL", "to", Map.of("memberCodes", List.of(sara)), "subject", "خبر خوب برای {firstName}", "text", "سلام {firstName}"))
        .post("/messages").then().statusCode(202).body("recipients", equalTo(1));
    api.as(owner).header("Idempotency-Key", "t-2")
        .body(Map.of("channel", "EMAIL", "to", Map.of("memberCodes", List.of(sara)), "text", "بدون عنوان"))
        .post("/messages").then().statusCode(202);
    // a subject belongs to email and push, and a template brings its own
    api.as(owner).header("Idempotency-Key", "t-3")
        .body(Map.of("channel", "SMS", "to", Map.of("memberCodes", List.of(sara)), "subject", "x", "text", "y"))
        .post("/messages").then().statusCode(422).body("errors[0].field", equalTo("subject"));

    api.runJob(admin, "message-delivery", "mail-text");

    assertThat(Mailbox.to("sara.mail-text@example.ir")).extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder("خبر خوب برای Sara", "Club mail-text");
  }

  @Test
  void emailIsAFeatureOfProfessionalAndUp() {
    String owner = api.createTenant(admin, "mail-basic", "STANDARD");
    String sara = member(owner, "Sara", "Amini", "09121260021", "sara.mail-basic@example.ir");
    api.as(owner).header("Idempotency-Key", "b-1").body(Map.of("channel", "EMAIL", "to", Map.of("memberCodes", List.of(sara)), "text", "x"))
        .post("/messages").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(owner).body(Map.of("code", "hello", "channel", "EMAIL", "subject", "سلام", "text", "سلام {firstName}"))
        .post("/message-templates").then().statusCode(201);
    api.as(owner).body(Map.of("enabled", true, "channel", "EMAIL", "template", "hello")).put("/messaging/automations/EARN")
        .then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
  }
}
