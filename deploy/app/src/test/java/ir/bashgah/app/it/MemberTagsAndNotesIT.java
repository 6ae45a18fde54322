package ir.bashgah.app.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tags on members (B2, Professional and up) and the staff's timeline of notes on a member (M7). */
class MemberTagsAndNotesIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";
  private static final String GOOD_PAYER = "خوش‌حساب";

  @Test
  void aTagIsPutOnOnceTakenOffHarmlesslyAndFindsTheMembersWhoCarryIt() {
    String owner = api.createTenant(admin, "tag-find", "PROFESSIONAL");
    String sara = api.register(owner, "Sara", "Amini", "09121240001");
    String ali = api.register(owner, "Ali", "Bahrami", "09121240002");
    String none = api.register(owner, "Nima", "Cheraghi", "09121240003");

    api.as(owner).put("/members/" + sara + "/tags/" + GOOD_PAYER).then().statusCode(200).body("tags", contains(GOOD_PAYER));
    api.as(owner).put("/members/" + sara + "/tags/" + GOOD_PAYER).then().statusCode(200).body("tags", contains(GOOD_PAYER));
    api.as(owner).put("/members/" + sara + "/tags/vip").then().statusCode(200).body("tags", hasSize(2));
    // typed with Arabic yeh, it is the same tag
    api.as(owner).put("/members/" + ali + "/tags/خوش‌حساب".replace('ی', 'ي')).then().statusCode(200).body("tags", contains(GOOD_PAYER));
    api.as(owner).get("/members/" + sara).then().body("tags", containsInAnyOrder(GOOD_PAYER, "vip"));
    api.as(owner).get("/members/" + none).then().body("tags", hasSize(0));

    api.as(owner).queryParam("tag", GOOD_PAYER).get("/members").then().statusCode(200).body("memberCode", contains(sara, ali));
    api.as(owner).queryParam("tag", GOOD_PAYER).queryParam("size", 1).queryParam("page", 1).get("/members").then().body("memberCode", contains(ali));
    api.as(owner).delete("/members/" + ali + "/tags/" + GOOD_PAYER).then().statusCode(200).body("tags", hasSize(0));
    api.as(owner).delete("/members/" + ali + "/tags/" + GOOD_PAYER).then().statusCode(200).body("tags", hasSize(0));
    api.as(owner).queryParam("tag", GOOD_PAYER).get("/members").then().body("memberCode", contains(sara));
    api.as(owner).get("/audit?action=MEMBER.TAG_ADD").then().body("items", hasSize(3));
    api.as(owner).get("/audit?action=MEMBER.TAG_REMOVE").then().body("items", hasSize(1));
  }

  @Test
  void aTagIsAShortWordWithoutSpacesAtItsEnds() {
    String owner = api.createTenant(admin, "tag-bad", "PROFESSIONAL");
    String code = api.register(owner, "Sara", "Amini", "09121240004");
    api.as(owner).put("/members/" + code + "/tags/ vip").then().statusCode(422).body("errors[0].field", equalTo("tag"));
    api.as(owner).put("/members/" + code + "/tags/" + "x".repeat(41)).then().statusCode(422).body("type", equalTo(PROBLEMS + "validation-failed"));
    api.as(owner).queryParam("tag", "a;b").get("/members").then().statusCode(422).body("errors[0].field", equalTo("tag"));
    api.as(owner).put("/members/999999999/tags/vip").then().statusCode(404);
  }

  @Test
  void tagsAreNotInTheStandardPlan() {
    String owner = api.createTenant(admin, "tag-std", "STANDARD");
    String code = api.register(owner, "Sara", "Amini", "09121240005");
    api.as(owner).put("/members/" + code + "/tags/vip").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(owner).delete("/members/" + code + "/tags/vip").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(owner).queryParam("tag", "vip").get("/members").then().statusCode(403).body("type", equalTo(PROBLEMS + "feature-not-in-plan"));
    api.as(admin).body(Map.of("enabled", true)).put("/platform/tenants/tag-std/features/B2").then().statusCode(200);
    api.as(owner).put("/members/" + code + "/tags/vip").then().statusCode(200);
  }

  @Test
  void notesFormATimelineNewestFirstSignedByTheirAuthors() {
    String owner = api.createTenant(admin, "note-time", "BASIC");
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    String cashier = api.staff(owner, "note-time", "cash", "cashier", "b1");
    String marketer = api.staff(owner, "note-time", "mkt", "marketer", null);
    String code = api.register(owner, "Sara", "Amini", "09121240006");

    api.as(owner).body(Map.of("text", "  همیشه با عجله خرید می‌کند  ", "kind", "Behaviour")).post("/members/" + code + "/notes").then().statusCode(201)
        .body("id", matchesPattern("\\d+")).body("kind", equalTo("behaviour")).body("text", equalTo("همیشه با عجله خرید می‌کند"))
        .body("author", equalTo("owner")).body("createdAt", notNullValue());
    api.as(cashier).body(Map.of("text", "تماس گرفت و از تأخیر ارسال گله کرد", "kind", "call")).post("/members/" + code + "/notes").then().statusCode(201)
        .body("author", equalTo("cash"));
    api.as(cashier).body(Map.of("text", "ساکت و مؤدب")).post("/members/" + code + "/notes").then().statusCode(201).body("kind", equalTo("other"));

    api.as(marketer).get("/members/" + code + "/notes").then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(0))
        .body("items.kind", contains("other", "call", "behaviour"));
    api.as(owner).get("/members/" + code + "/notes?size=1&page=1").then().body("items", hasSize(1)).body("items[0].kind", equalTo("call")).body("total", equalTo(3));
    api.as(marketer).body(Map.of("text", "x")).post("/members/" + code + "/notes").then().statusCode(403);
  }

  @Test
  void aNoteHasTextOfAKnownKindAndIsNeverChangedAfterwards() {
    String owner = api.createTenant(admin, "note-bad", "BASIC");
    String code = api.register(owner, "Sara", "Amini", "09121240007");
    api.as(owner).body(Map.of("text", "   ")).post("/members/" + code + "/notes").then().statusCode(422).body("errors[0].field", equalTo("text"));
    api.as(owner).body(Map.of("text", "x".repeat(2001))).post("/members/" + code + "/notes").then().statusCode(422).body("errors[0].field", equalTo("text"));
    api.as(owner).body(Map.of("text", "ok", "kind", "gossip")).post("/members/" + code + "/notes").then().statusCode(422).body("errors[0].field", equalTo("kind"));
    api.as(owner).body(Map.of("text", "ok")).post("/members/999999999/notes").then().statusCode(404);
    api.as(owner).body(Map.of("text", "x".repeat(2000))).post("/members/" + code + "/notes").then().statusCode(201);
    api.as(owner).delete("/members/" + code + "/notes").then().statusCode(405);
    api.as(owner).body(Map.of("text", "changed")).put("/members/" + code + "/notes").then().statusCode(405);
    api.as(owner).get("/members/" + code + "/notes?size=500").then().statusCode(422);
  }

  @Test
  void anotherClubCannotSeeOrTouchYourMembersTagsAndNotes() {
    String a = api.createTenant(admin, "tag-iso-a", "PROFESSIONAL");
    String b = api.createTenant(admin, "tag-iso-b", "PROFESSIONAL");
    String code = api.register(a, "Only", "InA", "09121240008");
    api.as(a).put("/members/" + code + "/tags/vip").then().statusCode(200);
    api.as(a).body(Map.of("text", "private")).post("/members/" + code + "/notes").then().statusCode(201);
    api.as(b).get("/members/" + code + "/notes").then().statusCode(404);
    api.as(b).body(Map.of("text", "spam")).post("/members/" + code + "/notes").then().statusCode(404);
    api.as(b).put("/members/" + code + "/tags/stolen").then().statusCode(404);
    api.as(b).delete("/members/" + code + "/tags/vip").then().statusCode(404);
    api.as(b).queryParam("tag", "vip").get("/members").then().statusCode(200).body("$", hasSize(0));
    api.as(a).get("/members/" + code).then().body("tags", contains("vip"));
    api.as(a).get("/members/" + code + "/notes").then().body("total", equalTo(1));
  }
}
