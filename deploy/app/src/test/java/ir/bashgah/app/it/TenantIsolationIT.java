package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * P1's promise: with many tenants busy at once, no call ever reads or writes another tenant's rows.
 *
 * <p>Six clubs are set up alike, so that everything that could be confused collides: the same branch
 * code, the same staff username, the same member mobiles, member codes and card numbers (each club
 * counts from the same start), the same invoice numbers and the same Idempotency-Keys. What differs is
 * what a leak would carry: every member's last name is his club's slug, and every amount is scaled by
 * the club's number. Then all six do the same work at the same moment, each with its own tokens and
 * terminal key (registrations, PINs, credit, invoices, redemptions, tags, notes, a member import, the
 * ledger check by the owner and as a platform job), and every answer must be the club's own.
 *
 * <p>Afterwards every table of every tenant schema is checked, the tables listed from the database
 * itself so that a table added later is covered too: a table this work writes must hold exactly what
 * the club did, every other table must be exactly as it was before the work began, and no text anywhere
 * in a club's schema may carry another club's slug. A seventh club, set up and then left idle, must
 * come out unchanged.
 */
class TenantIsolationIT extends RunningPlatform {
  private static final int CLUBS = 6;
  private static final int MEMBERS = 8;
  private static final int WORKERS = 4;
  private static final int IMPORTED = 3;
  private static final String PIN = "1357";
  private static final RestAssuredConfig RAW = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

  /** Club number n (1..6; 0 is the idle one): amounts are scaled by n, so that a leaked row is a wrong number. */
  record Club(int n, String slug, String owner, String cashier, String key) {
    String schema() {
      return "t_" + slug.replace('-', '_');
    }
  }

  /** The tables this work writes, and what each must hold afterwards; every other table must not change. */
  private static final Set<String> WRITTEN = Set.of("member", "card", "member_code_counter", "member_standing", "member_tag", "member_note", "balance",
      "ledger_entry", "lot", "lot_draw", "invoice", "invoice_line", "invoice_payment", "invoice_link", "redemption", "idempotency_key", "member_import",
      "ledger_check", "audit_entry");

  @Test
  void clubsWorkingAtOnceOnCollidingCodesEachKeepExactlyTheirOwnRows() throws Exception {
    List<Club> clubs = new ArrayList<>();
    for (int n = 0; n <= CLUBS; n++) {
      clubs.add(club(n));
    }
    Map<String, Map<String, String>> before = new LinkedHashMap<>();
    for (Club c : clubs) {
      before.put(c.slug(), checksums(c.schema()));
    }

    List<Callable<Void>> work = new ArrayList<>();
    for (Club c : clubs.subList(1, clubs.size())) {
      for (int w = 0; w < WORKERS; w++) {
        int worker = w;
        work.add(() -> {
          for (int k = worker; k < MEMBERS; k += WORKERS) {
            member(c, clubs, k);
          }
          return null;
        });
      }
      work.add(() -> {
        importAndCheck(c);
        return null;
      });
    }
    Race.run(work);

    for (Club c : clubs) {
      List<String> tables = Sql.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name",
          c.schema()).stream().map(r -> r.get(0)).toList();
      assertThat(tables).as("tables of " + c.schema()).containsAll(WRITTEN).containsExactlyInAnyOrderElementsOf(before.get(c.slug()).keySet());
      Map<String, String> after = checksums(c.schema());
      for (String table : tables) {
        if (c.n() == 0 || !WRITTEN.contains(table)) {
          assertThat(after.get(table)).as(c.schema() + "." + table + " was not written by this work (if it now is, say here what each club must find in it)")
              .isEqualTo(before.get(c.slug()).get(table));
        }
        noOtherClubIn(c, clubs, table);
      }
      if (c.n() > 0) {
        holdsExactlyWhatTheClubDid(c);
      }
    }
    // The same work leaves the same trail in every club's audit: the same actions on as many targets.
    Map<String, List<List<String>>> audits = new TreeMap<>();
    for (Club c : clubs.subList(1, clubs.size())) {
      audits.put(c.slug(), Sql.rows("SELECT action, target_type, COUNT(*) FROM " + c.schema() + ".audit_entry GROUP BY action, target_type ORDER BY action, target_type"));
    }
    assertThat(audits.values().stream().distinct()).as("audit trails by club: " + audits).hasSize(1);
  }

  /** A club set up alike: branch b1, a till there, a cashier "cash" (a password of the club's own). */
  private Club club(int n) {
    String slug = "iso-" + n;
    String owner = api.createTenant(admin, slug, "PROFESSIONAL");
    api.as(owner).body(Map.of("code", "b1", "name", "Branch of " + slug)).post("/branches").then().statusCode(201);
    String key = api.createTerminal(owner, "b1", "till");
    String password = "Cash-of-club-" + n + "-2026";
    api.as(owner).body(Map.of("username", "cash", "password", password, "role", "cashier", "branch", "b1")).post("/staff").then().statusCode(201);
    return new Club(n, slug, owner, api.staffToken(slug, "cash", password), key);
  }

  private static String mobile(int k) {
    return String.format("091288800%02d", k);
  }

  /** Member k of club c from registration to a redemption, every answer checked to be the club's own. */
  private void member(Club c, List<Club> clubs, int k) {
    int n = c.n();
    Response registered = api.as(c.cashier()).body(Map.of("firstName", "M" + k, "lastName", c.slug(), "mobile", mobile(k))).post("/members");
    registered.then().statusCode(201);
    String code = registered.path("memberCode");
    api.as(c.owner()).body(Map.of("pin", PIN)).put("/members/" + code + "/pin").then().statusCode(204);
    api.as(c.owner()).header("Idempotency-Key", "fund-" + k).body(Map.of("asset", "CREDIT", "amount", n * 10_000, "reason", "opening"))
        .post("/members/" + code + "/adjustments").then().statusCode(201).body("balance.credit", org.hamcrest.Matchers.equalTo(n * 10_000));
    api.terminal(c.key()).header("Idempotency-Key", "inv-" + k).body(Map.of("invoiceNumber", "INV-" + k, "memberCode", code, "issuedAt", "2026-11-23T10:00:00Z",
        "lines", List.of(Map.of("sku", "SKU", "productGroup", "goods", "quantity", 1, "unitPrice", n * 1_000_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", n * 1_000_000)))).post("/pos/invoices")
        .then().statusCode(201).body("pointsEarned", org.hamcrest.Matchers.equalTo(n * 100)).body("balance.points", org.hamcrest.Matchers.equalTo(n * 100));
    api.terminal(c.key()).header("Idempotency-Key", "red-" + k).body(Map.of("memberCode", code, "amount", n * 1_000, "pin", PIN)).post("/pos/redemptions")
        .then().statusCode(201).body("balance.credit", org.hamcrest.Matchers.equalTo(n * 9_000));
    api.as(c.owner()).put("/members/" + code + "/tags/vip").then().statusCode(200);
    api.as(c.cashier()).body(Map.of("text", "note of " + c.slug())).post("/members/" + code + "/notes").then().statusCode(201);

    // Reads by the colliding keys find this club's member, whoever else holds the same code or mobile.
    api.as(c.owner()).get("/members/" + code).then().statusCode(200).body("lastName", org.hamcrest.Matchers.equalTo(c.slug()));
    api.terminal(c.key()).body(Map.of("mobile", mobile(k))).post("/pos/lookup").then().statusCode(200).body("memberCode", org.hamcrest.Matchers.equalTo(code))
        .body("name", org.hamcrest.Matchers.containsString(c.slug())).body("balance.credit", org.hamcrest.Matchers.equalTo(n * 9_000));
    // Naming another club in the request changes nothing: the club is the token's.
    Club other = clubs.get(1 + (n % CLUBS));
    DescriptionCheck.deliberatelyOutside(() ->
        api.as(c.owner()).header("X-Tenant", other.slug()).queryParam("tenant", other.slug()).get("/members?mobile=" + mobile(k)).then().statusCode(200)
            .body("lastName", org.hamcrest.Matchers.contains(c.slug())));
    api.as(c.owner()).get("/members/" + code + "/balance").then().statusCode(200).body("points", org.hamcrest.Matchers.equalTo(n * 100))
        .body("credit", org.hamcrest.Matchers.equalTo(n * 9_000));
  }

  /** The club's member import (a background job), then its ledger check by the owner and as the platform's job. */
  private void importAndCheck(Club c) {
    StringBuilder csv = new StringBuilder("firstName,lastName,mobile,openingPoints\r\n");
    for (int i = 0; i < IMPORTED; i++) {
      csv.append("I").append(i).append(',').append(c.slug()).append(',').append(String.format("091288810%02d", i)).append(',').append(c.n() * 10).append("\r\n");
    }
    Response started = api.as(c.owner()).config(RAW).contentType("text/csv").header("Idempotency-Key", "imp").body(csv.toString().getBytes(StandardCharsets.UTF_8))
        .post("/member-imports?name=members.csv");
    started.then().statusCode(202);
    String id = started.path("id");
    Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
        .until(() -> !"RUNNING".equals(api.as(c.owner()).get("/member-imports/" + id).then().statusCode(200).extract().path("status")));
    api.as(c.owner()).get("/member-imports/" + id).then().body("status", org.hamcrest.Matchers.equalTo("DONE"))
        .body("imported", org.hamcrest.Matchers.equalTo(IMPORTED)).body("failed", org.hamcrest.Matchers.equalTo(0));
    api.as(c.owner()).post("/ledger/checks").then().statusCode(200).body("differences", org.hamcrest.Matchers.equalTo(0));
    api.runJob(admin, "ledger-check", c.slug());
  }

  /** Row count and content checksum of every table of the schema. */
  private static Map<String, String> checksums(String schema) {
    Map<String, String> sums = new TreeMap<>();
    for (List<String> table : Sql.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'", schema)) {
      String name = table.get(0);
      long rows = Sql.value("SELECT COUNT(*) FROM `" + schema + "`.`" + name + "`");
      String checksum = Sql.rows("CHECKSUM TABLE `" + schema + "`.`" + name + "`").get(0).get(1);
      sums.put(name, rows + " rows, checksum " + checksum);
    }
    return sums;
  }

  /** No text column of the table holds another club's slug (the marker every member and note of a club carries). */
  private static void noOtherClubIn(Club c, List<Club> clubs, String table) {
    List<String> columns = Sql.rows("SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
        + " AND data_type IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext')", c.schema(), table).stream().map(r -> "`" + r.get(0) + "`").toList();
    if (columns.isEmpty()) {
      return;
    }
    String all = "CONCAT_WS('|', " + String.join(", ", columns) + ")";
    for (Club other : clubs) {
      if (other != c) {
        assertThat(Sql.value("SELECT COUNT(*) FROM `" + c.schema() + "`.`" + table + "` WHERE " + all + " LIKE ?", "%" + other.slug() + "%"))
            .as("rows of " + c.schema() + "." + table + " naming " + other.slug()).isZero();
      }
    }
  }

  /** What the club did, table by table: its members, their money, its invoices, its keys, its import and its checks. */
  private static void holdsExactlyWhatTheClubDid(Club c) {
    String s = c.schema();
    long n = c.n();
    int members = MEMBERS + IMPORTED;
    List<String> firstNames = new ArrayList<>();
    for (int k = 0; k < MEMBERS; k++) {
      firstNames.add("M" + k);
    }
    for (int i = 0; i < IMPORTED; i++) {
      firstNames.add("I" + i);
    }
    assertThat(column("SELECT first_name FROM " + s + ".member")).containsExactlyInAnyOrderElementsOf(firstNames);
    assertThat(column("SELECT DISTINCT last_name FROM " + s + ".member")).containsExactly(c.slug());
    assertThat(Sql.value("SELECT COUNT(*) FROM " + s + ".card")).isEqualTo(members);
    assertThat(Sql.value("SELECT COUNT(DISTINCT member_id) FROM " + s + ".card WHERE member_id IN (SELECT id FROM " + s + ".member)")).isEqualTo(members);
    assertThat(Sql.value("SELECT COUNT(*) FROM " + s + ".member_code_counter")).isEqualTo(1);
    assertThat(Sql.value("SELECT COUNT(*) FROM " + s + ".member_standing WHERE member_id NOT IN (SELECT id FROM " + s + ".member)")).isZero();
    assertThat(column("SELECT turnover FROM " + s + ".member_standing WHERE turnover > 0")).containsOnly(Long.toString(n * 1_000_000))
        .hasSize(MEMBERS);

    assertThat(Sql.rows("SELECT tag, COUNT(*) FROM " + s + ".member_tag GROUP BY tag")).containsExactly(List.of("vip", Integer.toString(MEMBERS)));
    assertThat(Sql.rows("SELECT text, author_name, COUNT(*) FROM " + s + ".member_note GROUP BY text, author_name"))
        .containsExactly(List.of("note of " + c.slug(), "cash", Integer.toString(MEMBERS)));

    // Money: 8 members funded n×10,000 credit, earned n×100 points on an invoice of n×1,000,000 and
    // redeemed n×1,000; 3 imported with n×10 opening points.
    long points = MEMBERS * n * 100 + IMPORTED * n * 10;
    long credit = MEMBERS * n * 9_000;
    assertThat(Sql.rows("SELECT asset, kind, COUNT(*), SUM(amount) FROM " + s + ".ledger_entry GROUP BY asset, kind ORDER BY asset, kind")).containsExactly(
        List.of("CREDIT", "ADJUST", Integer.toString(MEMBERS), Long.toString(MEMBERS * n * 10_000)),
        List.of("CREDIT", "REDEEM", Integer.toString(MEMBERS), Long.toString(-MEMBERS * n * 1_000)),
        List.of("POINTS", "ADJUST", Integer.toString(IMPORTED), Long.toString(IMPORTED * n * 10)),
        List.of("POINTS", "EARN", Integer.toString(MEMBERS), Long.toString(MEMBERS * n * 100)));
    assertThat(Sql.rows("SELECT asset, SUM(available), SUM(pending) FROM " + s + ".balance GROUP BY asset ORDER BY asset"))
        .containsExactly(List.of("CREDIT", Long.toString(credit), "0"), List.of("POINTS", Long.toString(points), "0"));
    assertThat(Sql.rows("SELECT asset, SUM(remaining) FROM " + s + ".lot GROUP BY asset ORDER BY asset"))
        .containsExactly(List.of("CREDIT", Long.toString(credit)), List.of("POINTS", Long.toString(points)));
    assertThat(Sql.rows("SELECT COUNT(*), SUM(amount) FROM " + s + ".lot_draw")).containsExactly(List.of(Integer.toString(MEMBERS), Long.toString(MEMBERS * n * 1_000)));
    assertThat(Sql.rows("SELECT COUNT(*), SUM(amount), MIN(status), MAX(status) FROM " + s + ".redemption"))
        .containsExactly(List.of(Integer.toString(MEMBERS), Long.toString(MEMBERS * n * 1_000), "ACTIVE", "ACTIVE"));

    List<String> invoices = new ArrayList<>();
    for (int k = 0; k < MEMBERS; k++) {
      invoices.add("b1 INV-" + k + " " + n * 1_000_000 + " " + n * 100);
    }
    assertThat(column("SELECT CONCAT_WS(' ', branch_code, invoice_number, total, points_earned) FROM " + s + ".invoice")).containsExactlyInAnyOrderElementsOf(invoices);
    assertThat(Sql.rows("SELECT COUNT(*), SUM(quantity * unit_price) FROM " + s + ".invoice_line"))
        .containsExactly(List.of(Integer.toString(MEMBERS), Long.toString(MEMBERS * n * 1_000_000)));
    assertThat(Sql.rows("SELECT method, COUNT(*), SUM(amount) FROM " + s + ".invoice_payment GROUP BY method"))
        .containsExactly(List.of("CASH", Integer.toString(MEMBERS), Long.toString(MEMBERS * n * 1_000_000)));
    // each invoice's link, to this club's invoice, with the points it left its member with (its own earning: one invoice each)
    assertThat(Sql.rows("SELECT COUNT(*), COUNT(DISTINCT l.token_hash), SUM(l.points_after = i.points_earned) FROM " + s + ".invoice_link l JOIN " + s
        + ".invoice i ON i.id = l.invoice_id")).containsExactly(List.of(Integer.toString(MEMBERS), Integer.toString(MEMBERS), Integer.toString(MEMBERS)));

    // Every key once, each holding this club's answer (an import keeps its key with the import).
    List<String> keys = new ArrayList<>();
    for (int k = 0; k < MEMBERS; k++) {
      keys.addAll(List.of("fund-" + k, "inv-" + k, "red-" + k));
    }
    assertThat(column("SELECT idem_key FROM " + s + ".idempotency_key")).containsExactlyInAnyOrderElementsOf(keys);
    for (int k = 0; k < MEMBERS; k++) {
      String invoiceAnswer = column("SELECT body FROM " + s + ".idempotency_key WHERE idem_key = 'inv-" + k + "'").get(0);
      assertThat(new JsonPath(invoiceAnswer).getLong("pointsEarned")).as(s + " answer of inv-" + k).isEqualTo(n * 100);
      String redemptionAnswer = column("SELECT body FROM " + s + ".idempotency_key WHERE idem_key = 'red-" + k + "'").get(0);
      assertThat(new JsonPath(redemptionAnswer).getLong("amount")).as(s + " answer of red-" + k).isEqualTo(n * 1_000);
    }
    assertThat(Sql.rows("SELECT idem_key, status, imported, failed FROM " + s + ".member_import"))
        .containsExactly(List.of("imp", "DONE", Integer.toString(IMPORTED), "0"));
    // Both checks ran while the club's other tills were busy: neither may see a difference that is not there.
    assertThat(Sql.rows("SELECT COUNT(*), MAX(differences) FROM " + s + ".ledger_check")).containsExactly(List.of("2", "0"));
  }

  private static List<String> column(String sql) {
    return Sql.rows(sql).stream().map(r -> r.get(0)).collect(Collectors.toList());
  }
}
