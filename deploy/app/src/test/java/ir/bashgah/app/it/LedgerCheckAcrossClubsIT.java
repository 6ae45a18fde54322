package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The nightly ledger check (the platform job {@code ledger-check}) over several clubs at once: a clean
 * one, one whose ledger was forged in SQL the way the append-only triggers still allow (rows inserted,
 * a lot's remaining amount moved), and one whose schema is broken. Each difference is named; the
 * broken club fails with the database's reason and stops nobody.
 */
class LedgerCheckAcrossClubsIT extends RunningPlatform {
  private static final String PIN = "1470";
  // The job runs clubs in slug order: the broken one comes first.
  private static final String BROKEN = "lcx-a-broken";
  private static final String CLEAN = "lcx-b-clean";
  private static final String FORGED = "lcx-c-forged";

  private static String schema(String slug) {
    return "t_" + slug.replace('-', '_');
  }

  private Api.Till clubWithASale(String slug) {
    Api.Till c = api.till(admin, slug, PIN);
    api.terminal(c.key()).header("Idempotency-Key", "sale").body(Map.of("invoiceNumber", "S-1", "memberCode", c.member(),
        "issuedAt", Instant.now().toString(), "lines", List.of(Map.of("sku", "ITEM", "productGroup", "g", "quantity", 1, "unitPrice", 1_000_000)),
        "payments", List.of(Map.of("method", "CASH", "amount", 1_000_000)))).post("/pos/invoices").then().statusCode(201).body("pointsEarned", equalTo(100));
    return c;
  }

  private void adjust(Api.Till c, String member, String key, long points) {
    api.as(c.owner()).header("Idempotency-Key", key).body(Map.of("asset", "POINTS", "amount", points, "reason", "test"))
        .post("/members/" + member + "/adjustments").then().statusCode(201);
  }

  private static long memberId(String slug, String code) {
    return Sql.value("SELECT id FROM " + schema(slug) + ".member WHERE member_code = ?", code);
  }

  private static long pointsLot(String slug, long memberId) {
    return Sql.value("SELECT id FROM " + schema(slug) + ".lot WHERE member_id = ? AND asset = 'POINTS'", memberId);
  }

  @Test
  void theJobNamesEveryDifferenceOfAForgedLedgerReportsABrokenClubAndChecksEveryOther() {
    clubWithASale(BROKEN);
    clubWithASale(CLEAN);
    Api.Till f = clubWithASale(FORGED);
    String second = api.register(f.owner(), "Omid", "Rahimi", "09124440001");
    String third = api.register(f.owner(), "Nima", "Karimi", "09124440002");
    adjust(f, second, "b", 300);
    adjust(f, third, "c", 400);
    api.as(f.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));

    String s = schema(FORGED);
    long a = memberId(FORGED, f.member());
    long b = memberId(FORGED, second);
    long c = memberId(FORGED, third);
    long lotB = pointsLot(FORGED, b);
    long lotC = pointsLot(FORGED, c);
    // 500 points from nowhere: an entry with no balance change and no lot.
    Sql.update("INSERT INTO " + s + ".ledger_entry (id, member_id, asset, bucket, amount, kind, source_type, source_id, reason, balance_after, occurred_at,"
        + " actor) VALUES (1, ?, 'POINTS', 'AVAILABLE', 500, 'ADJUST', 'manual', NULL, 'forged', 600, UTC_TIMESTAMP(6), 'intruder')", a);
    // A draw of 250 on the second member's lot by no entry at all.
    Sql.update("INSERT INTO " + s + ".lot_draw (entry_id, lot_id, amount) VALUES (2, ?, 250)", lotB);
    // The third member's lot emptied to 40 of its 400, in the one column of a lot that moves.
    Sql.update("UPDATE " + s + ".lot SET remaining = 40 WHERE id = ?", lotC);

    Sql.update("RENAME TABLE " + schema(BROKEN) + ".lot_draw TO " + schema(BROKEN) + ".lot_draw_moved");
    try {
      List<Map<String, Object>> runs = api.as(admin).post("/platform/jobs/ledger-check/runs").then().statusCode(200).extract().jsonPath()
          .getList("findAll { it.tenant.startsWith('lcx-') }");
      assertThat(runs).extracting(r -> r.get("tenant")).containsExactly(BROKEN, CLEAN, FORGED);

      assertThat(runs.get(0).get("outcome")).isEqualTo("FAILED");
      assertThat((String) runs.get(0).get("summary")).startsWith("IllegalStateException: The ledger could not be checked: ")
          .contains("Table '" + schema(BROKEN) + ".lot_draw' doesn't exist");

      assertThat(runs.get(1).get("outcome")).isEqualTo("OK");
      assertThat(runs.get(1).get("summary")).isEqualTo("2 balances checked, 0 differences");

      assertThat(runs.get(2).get("outcome")).isEqualTo("OK");
      assertThat((String) runs.get(2).get("summary")).startsWith("6 balances checked, 4 differences (ledger check ").contains(
          "entries: member " + a + " POINTS, expected 600, found 100",
          "lot-draws: lot " + lotB + " of member " + b + " POINTS, expected 50, found 300",
          "lots: member " + c + " POINTS, expected 400, found 40",
          "lot-draws: lot " + lotC + " of member " + c + " POINTS, expected 400, found 40");
    } finally {
      Sql.update("RENAME TABLE " + schema(BROKEN) + ".lot_draw_moved TO " + schema(BROKEN) + ".lot_draw");
    }

    // The club's own check says the same, difference by difference, and keeps it.
    JsonPath report = api.as(f.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(4)).extract().jsonPath();
    assertThat(report.getList("detail.check")).containsExactlyInAnyOrder("entries", "lot-draws", "lots", "lot-draws");
    assertThat(report.getLong("detail.find { it.check == 'entries' }.memberId")).isEqualTo(a);
    assertThat(report.getLong("detail.find { it.check == 'entries' }.expected")).isEqualTo(600);
    assertThat(report.getLong("detail.find { it.check == 'entries' }.found")).isEqualTo(100);
    assertThat(report.getString("detail.find { it.check == 'entries' }.lotId")).isNull();
    assertThat(report.getLong("detail.find { it.check == 'lots' }.memberId")).isEqualTo(c);
    assertThat(report.getLong("detail.find { it.check == 'lots' }.found")).isEqualTo(40);
    assertThat(report.getList("detail.findAll { it.check == 'lot-draws' }.lotId", Long.class)).containsExactlyInAnyOrder(lotB, lotC);
    assertThat(report.getLong("detail.find { it.lotId == " + lotB + "L }.memberId")).isEqualTo(b);
    assertThat(report.getLong("detail.find { it.lotId == " + lotB + "L }.expected")).isEqualTo(50);
    assertThat(report.getLong("detail.find { it.lotId == " + lotB + "L }.found")).isEqualTo(300);
    assertThat(report.getLong("detail.find { it.lotId == " + lotC + "L }.memberId")).isEqualTo(c);
    api.as(f.owner()).get("/ledger/checks/latest").then().statusCode(200).body("differences", equalTo(4));

    // Once repaired, the broken club is checked like any other.
    api.runJob(admin, "ledger-check", BROKEN);
  }
}
