package ir.bashgah.app.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The club's member groups and categories (M1): kept by the club, named at registration, never emptied from under members. */
class MemberCataloguesIT extends RunningPlatform {
  private static final String PROBLEMS = "https://bashgah.ir/problems/";

  private static Map<String, Object> member(String mobile, String group, String category) {
    Map<String, Object> m = new HashMap<>(Map.of("firstName", "Nima", "lastName", "Jafari", "mobile", mobile));
    if (group != null) {
      m.put("group", group);
    }
    if (category != null) {
      m.put("category", category);
    }
    return m;
  }

  @Test
  void aMemberCanOnlyJoinAGroupAndCategoryTheClubKeeps() {
    String owner = api.createTenant(admin, "cat-reg", "BASIC");
    api.as(owner).body(member("09121000001", "A", "VIP")).post("/members").then().statusCode(422)
        .body("type", equalTo(PROBLEMS + "validation-failed")).body("errors.field", hasItems("group", "category"));

    api.as(owner).body(Map.of("code", "a", "name", "گروه الف")).post("/member-groups").then().statusCode(201)
        .body("code", equalTo("A")).body("name", equalTo("گروه الف")).body("members", equalTo(0));
    api.as(owner).body(Map.of("code", "vip", "name", "ویژه")).post("/member-categories").then().statusCode(201).body("code", equalTo("VIP"));
    api.as(owner).body(member("09121000001", "a", "Vip")).post("/members").then().statusCode(201)
        .body("group", equalTo("A")).body("category", equalTo("VIP"));

    api.as(owner).get("/member-groups").then().statusCode(200).body("code", contains("A")).body("[0].members", equalTo(1));
    api.as(owner).get("/member-categories/vip").then().statusCode(200).body("name", equalTo("ویژه")).body("members", equalTo(1));
    api.as(owner).body(Map.of("code", "A", "name", "again")).post("/member-groups").then().statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));
  }

  @Test
  void codesAreShortWordsAndEveryEntryHasAName() {
    String owner = api.createTenant(admin, "cat-codes", "BASIC");
    for (String bad : new String[] {"", "a b", "a/b", "x".repeat(41)}) {
      api.as(owner).body(Map.of("code", bad, "name", "Name")).post("/member-groups").then().statusCode(422).body("errors[0].field", equalTo("code"));
    }
    api.as(owner).body(Map.of("code", "OK")).post("/member-groups").then().statusCode(422).body("errors[0].field", equalTo("name"));
    api.as(owner).body(Map.of("code", "طلایی-۱", "name", "طلایی")).post("/member-groups").then().statusCode(201).body("code", equalTo("طلایی-1"));
    api.as(owner).body(member("09121000002", "طلایی-1", null)).post("/members").then().statusCode(201).body("group", equalTo("طلایی-1"));
  }

  @Test
  void aGroupIsRenamedAtWillButDeletedOnlyOnceNoMemberIsInIt() {
    String owner = api.createTenant(admin, "cat-del", "STANDARD");
    api.as(owner).body(Map.of("code", "B", "name", "Bronze")).post("/member-groups").then().statusCode(201);
    api.as(owner).body(Map.of("code", "C", "name", "Copper")).post("/member-groups").then().statusCode(201);
    String code = api.as(owner).body(member("09121000003", "B", null)).post("/members").then().statusCode(201).extract().path("memberCode");

    api.as(owner).body(Map.of("name", "برنز")).put("/member-groups/b").then().statusCode(200).body("code", equalTo("B")).body("name", equalTo("برنز"));
    api.as(owner).get("/members/" + code).then().body("group", equalTo("B"));
    api.as(owner).delete("/member-groups/B").then().statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));
    api.as(owner).get("/member-groups/B").then().statusCode(200);

    api.as(owner).body(Map.of("group", "C")).patch("/members/" + code).then().statusCode(200).body("group", equalTo("C"));
    api.as(owner).delete("/member-groups/B").then().statusCode(204);
    api.as(owner).get("/member-groups/B").then().statusCode(404);
    api.as(owner).delete("/member-groups/B").then().statusCode(404);
    api.as(owner).body(Map.of("name", "x")).put("/member-groups/NOPE").then().statusCode(404);
    api.as(owner).get("/audit?action=MEMBER_GROUP.DELETE").then().body("items", hasSize(1)).body("items[0].targetId", equalTo("B"));
    api.as(owner).get("/audit?action=MEMBER_GROUP.RENAME").then().body("items", hasSize(1));
  }

  @Test
  void onlyOwnersAndManagersKeepTheCataloguesWhileEveryoneReadsThem() {
    String owner = api.createTenant(admin, "cat-roles", "BASIC");
    api.as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    String cashier = api.staff(owner, "cat-roles", "cash", "cashier", "b1");
    String manager = api.staff(owner, "cat-roles", "boss", "manager", null);
    api.as(cashier).body(Map.of("code", "X", "name", "X")).post("/member-groups").then().statusCode(403);
    api.as(manager).body(Map.of("code", "X", "name", "X")).post("/member-groups").then().statusCode(201);
    api.as(cashier).get("/member-groups").then().statusCode(200).body("code", contains("X"));
    api.as(cashier).delete("/member-groups/X").then().statusCode(403);
    api.as(cashier).body(member("09121000004", "X", null)).post("/members").then().statusCode(201);
  }

  @Test
  void anotherClubsGroupsAndCategoriesDoNotExistForYou() {
    String a = api.createTenant(admin, "cat-iso-a", "BASIC");
    String b = api.createTenant(admin, "cat-iso-b", "BASIC");
    api.as(a).body(Map.of("code", "GOLD", "name", "Gold")).post("/member-groups").then().statusCode(201);
    api.as(a).body(Map.of("code", "SHOP", "name", "Shop")).post("/member-categories").then().statusCode(201);
    api.as(b).get("/member-groups").then().statusCode(200).body("$", hasSize(0));
    api.as(b).get("/member-groups/GOLD").then().statusCode(404);
    api.as(b).body(Map.of("name", "Mine")).put("/member-groups/GOLD").then().statusCode(404);
    api.as(b).delete("/member-categories/SHOP").then().statusCode(404);
    api.as(b).body(member("09121000005", "GOLD", null)).post("/members").then().statusCode(422).body("errors[0].field", equalTo("group"));
    api.as(a).get("/member-groups/GOLD").then().statusCode(200).body("name", equalTo("Gold")).body("members", equalTo(0));
    api.as(a).get("/member-categories/SHOP").then().statusCode(200).body("code", equalTo("SHOP")).body("updatedAt", org.hamcrest.Matchers.notNullValue());
    api.as(b).get("/member-categories/SHOP").then().statusCode(404).body("errors", nullValue());
  }
}
