package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Money rows are written once (docs/decisions/0002, "Append-only money rows"): after a real sale,
 * redemptions, a return, a conversion, a transfer and a check, the database itself refuses to edit or
 * delete any of them, column by column where a row has columns that move, while the ledger keeps
 * working on the very same rows.
 */
class AppendOnlyMoneyIT extends RunningPlatform {
  private static final String PIN = "2580";
  private static final String SLUG = "ao-rows";
  private static final String S = "t_ao_rows";

  /** Never changed, never deleted: each with a change someone might want to make. */
  private static final Map<String, String> APPEND_ONLY = Map.of(
      "ledger_entry", "amount = amount + 1",
      "lot_draw", "amount = amount + 1",
      "invoice_line", "unit_price = unit_price + 1",
      "invoice_payment", "amount = amount + 1",
      "invoice_return", "returned_value = returned_value + 1",
      "invoice_return_line", "quantity = quantity + 1",
      "conversion", "credit = credit + 1",
      "balance_transfer", "amount = amount + 1",
      "ledger_check", "differences = differences + 1");

  /** Kept for ever; only these columns move, as the ledger writes them. */
  private static final Map<String, Set<String>> MOVING = Map.of(
      "balance", Set.of("available", "pending", "updated_at"),
      "lot", Set.of("remaining", "pending"),
      "invoice", Set.of("returned_total"),
      "redemption", Set.of("status", "cancelled_at", "version"));

  private Response sell(Api.Till c, String number, List<Map<String, Object>> lines, List<Map<String, Object>> payments, List<String> redemptions) {
    return api.terminal(c.key()).header("Idempotency-Key", "sale-" + number).body(Map.of("invoiceNumber", number, "memberCode", c.member(),
        "issuedAt", Instant.now().toString(), "lines", lines, "payments", payments, "redemptionIds", redemptions)).post("/pos/invoices");
  }

  private Response giveBack(Api.Till c, String invoice, String number, String sku) {
    return api.terminal(c.key()).header("Idempotency-Key", "ret-" + number).body(Map.of("invoiceNumber", invoice, "returnNumber", number,
        "lines", List.of(Map.of("sku", sku, "quantity", 1)))).post("/pos/returns");
  }

  private String redeem(Api.Till c, String key, long amount) {
    return api.terminal(c.key()).header("Idempotency-Key", key).body(Map.of("memberCode", c.member(), "amount", amount, "pin", PIN))
        .post("/pos/redemptions").then().statusCode(201).extract().path("redemptionId");
  }

  private void cancel(Api.Till c, String key, String redemption) {
    api.terminal(c.key()).header("Idempotency-Key", key).post("/pos/redemptions/" + redemption + "/cancel").then().statusCode(200);
  }

  private void adjust(Api.Till c, String member, String key, String asset, long amount) {
    api.as(c.owner()).header("Idempotency-Key", key).body(Map.of("asset", asset, "amount", amount, "reason", "test"))
        .post("/members/" + member + "/adjustments").then().statusCode(201);
  }

  private JsonPath balance(Api.Till c, String member) {
    return api.as(c.owner()).get("/members/" + member + "/balance").then().statusCode(200).extract().jsonPath();
  }

  private static long rows(String table) {
    return Sql.value("SELECT COUNT(*) FROM " + S + "." + table);
  }

  /** The statement must be refused by a trigger (SQLSTATE 45000) with a message naming {@code expected}. */
  private static void refused(String sql, String expected) {
    SQLException refusal = Sql.refusal(sql);
    assertThat((Throwable) refusal).as("refused: " + sql).isNotNull().hasMessageContaining(expected);
    assertThat(refusal.getSQLState()).as(sql).isEqualTo("45000");
  }

  private static void allowed(String sql) {
    assertThat((Throwable) Sql.refusal(sql)).as("allowed: " + sql).isNull();
  }

  @Test
  void moneyRowsCannotBeEditedOrDeletedAndTheLedgerKeepsWorkingOnThem() {
    Map<String, Object> conversion = Map.of("enabled", true, "minimumPoints", 100, "rates", List.of(Map.of("points", 100, "rials", 10_000)));
    Api.Till c = api.till(admin, SLUG, PIN, "PROFESSIONAL");
    api.programme(c.owner(), Map.of("earning", Map.of("returnWindowDays", 7), "conversion", conversion));
    String friend = api.register(c.owner(), "Omid", "Rahimi", "09124440001");
    adjust(c, c.member(), "fund-credit", "CREDIT", 100_000);
    adjust(c, c.member(), "fund-points", "POINTS", 500);

    // A sale paid partly with credit (its redemption is used), a redemption cancelled, one left active.
    String used = redeem(c, "r-used", 20_000);
    sell(c, "AO-1", List.of(Map.of("sku", "SHIRT", "productGroup", "clothes", "quantity", 2, "unitPrice", 1_000_000),
            Map.of("sku", "HAT", "productGroup", "clothes", "quantity", 1, "unitPrice", 1_000_000)),
        List.of(Map.of("method", "CREDIT", "amount", 20_000), Map.of("method", "CASH", "amount", 2_980_000)), List.of(used))
        .then().statusCode(201).body("pointsEarned", equalTo(298));
    cancel(c, "c-cancelled", redeem(c, "r-cancelled", 10_000));
    redeem(c, "r-active", 5_000);
    giveBack(c, "AO-1", "AO-R1", "SHIRT").then().statusCode(201);
    api.as(c.owner()).header("Idempotency-Key", "cv").body(Map.of("points", 100)).post("/members/" + c.member() + "/conversions").then().statusCode(201);
    api.as(c.owner()).header("Idempotency-Key", "tr").body(Map.of("to", friend, "asset", "CREDIT", "amount", 5_000, "reason", "gift"))
        .post("/members/" + c.member() + "/transfers").then().statusCode(201);
    api.as(c.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
    JsonPath mine = balance(c, c.member());
    JsonPath theirs = balance(c, friend);

    for (Map.Entry<String, String> t : APPEND_ONLY.entrySet()) {
      assertThat(rows(t.getKey())).as("rows in " + t.getKey()).isPositive();
      refused("UPDATE " + S + "." + t.getKey() + " SET " + t.getValue(), t.getKey() + " is append-only");
      refused("DELETE FROM " + S + "." + t.getKey(), t.getKey() + " is append-only");
    }

    // Every column of a row that lives for ever is guarded, except those the ledger moves: a column
    // added later without its guard fails here.
    for (Map.Entry<String, Set<String>> t : MOVING.entrySet()) {
      String table = t.getKey();
      assertThat(rows(table)).as("rows in " + table).isPositive();
      refused("DELETE FROM " + S + "." + table, "never deleted");
      List<List<String>> columns = Sql.rows("SELECT COLUMN_NAME, DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?", S, table);
      assertThat(columns.stream().map(r -> r.get(0))).containsAll(t.getValue());
      for (List<String> column : columns) {
        String name = column.get(0);
        if (t.getValue().contains(name)) {
          continue;
        }
        String changed = switch (column.get(1)) {
          case "bigint", "int", "tinyint" -> "COALESCE(" + name + ", 0) + 1";
          case "varchar", "char" -> "CONCAT(COALESCE(" + name + ", ''), 'x')";
          case "datetime" -> "COALESCE(" + name + ", UTC_TIMESTAMP(6)) + INTERVAL 1 SECOND";
          default -> throw new AssertionError("no change known for " + table + "." + name + " of type " + column.get(1));
        };
        refused("UPDATE " + S + "." + table + " SET " + name + " = " + changed, table + ": only");
      }
    }
    // Compared byte for byte: a case-insensitive collation must not let 'AO-1' become 'ao-1'.
    refused("UPDATE " + S + ".invoice SET invoice_number = LOWER(invoice_number)", "invoice: only returned_total may change");
    refused("UPDATE " + S + ".lot SET asset = LOWER(asset)", "lot: only remaining and pending may change");
    refused("UPDATE " + S + ".balance SET asset = LOWER(asset)", "balance: only available, pending and updated_at may change");
    refused("UPDATE " + S + ".redemption SET branch_code = UPPER(branch_code)", "redemption: only status");

    // The moving columns move only the way the ledger moves them.
    refused("UPDATE " + S + ".lot SET pending = TRUE WHERE NOT pending", "a released lot cannot become pending again");
    refused("UPDATE " + S + ".invoice SET returned_total = returned_total - 1 WHERE returned_total > 0", "returned_total only grows");
    refused("UPDATE " + S + ".redemption SET status = 'ACTIVE', version = version + 1 WHERE status = 'USED'", "only an active redemption");
    refused("UPDATE " + S + ".redemption SET status = 'USED', version = version + 1 WHERE status = 'CANCELLED'", "only an active redemption");
    refused("UPDATE " + S + ".redemption SET cancelled_at = NULL WHERE status = 'CANCELLED'", "cancelled_at is set once");
    refused("UPDATE " + S + ".redemption SET cancelled_at = UTC_TIMESTAMP(6) WHERE status = 'USED'", "cancelled_at is set once");
    allowed("UPDATE " + S + ".balance SET available = available + 1, pending = pending + 1, updated_at = UTC_TIMESTAMP(6)");
    // SqlLedgerStore.lock's upsert of a row that exists fires the update trigger.
    allowed("INSERT INTO " + S + ".balance (member_id, asset, available, pending, updated_at) VALUES (" + Sql.value("SELECT MIN(member_id) FROM " + S
        + ".balance") + ", 'CREDIT', 0, 0, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE updated_at = updated_at");
    allowed("UPDATE " + S + ".lot SET remaining = remaining - 1 WHERE remaining > 0");
    allowed("UPDATE " + S + ".lot SET pending = FALSE WHERE pending");
    allowed("UPDATE " + S + ".invoice SET returned_total = returned_total + 1");
    allowed("UPDATE " + S + ".redemption SET status = 'USED', version = version + 1 WHERE status = 'ACTIVE'");
    allowed("UPDATE " + S + ".redemption SET status = 'CANCELLED', cancelled_at = UTC_TIMESTAMP(6), version = version + 1 WHERE status = 'ACTIVE'");

    // Nothing of the above stayed; the ledger goes on over the same rows.
    api.as(c.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
    assertThat(balance(c, c.member()).getMap("")).isEqualTo(mine.getMap(""));
    sell(c, "AO-2", List.of(Map.of("sku", "CAP", "productGroup", "clothes", "quantity", 1, "unitPrice", 1_000_000)),
        List.of(Map.of("method", "CASH", "amount", 1_000_000)), List.of()).then().statusCode(201).body("pointsEarned", equalTo(100));
    giveBack(c, "AO-2", "AO-R2", "CAP").then().statusCode(201).body("pointsReversed", equalTo(100));
    giveBack(c, "AO-1", "AO-R3", "HAT").then().statusCode(201);
    cancel(c, "c-later", redeem(c, "r-later", 5_000));
    adjust(c, c.member(), "spend", "POINTS", -50);
    api.as(c.owner()).header("Idempotency-Key", "cv2").body(Map.of("points", 100)).post("/members/" + c.member() + "/conversions").then().statusCode(201);
    api.as(c.owner()).header("Idempotency-Key", "tr2").body(Map.of("to", friend, "asset", "CREDIT", "amount", 1_000, "reason", "gift"))
        .post("/members/" + c.member() + "/transfers").then().statusCode(201);
    api.runJob(admin, "ledger-sweep", SLUG);

    JsonPath after = balance(c, c.member());
    // The second return of AO-1 takes back another third of its 298 pending points (198 in all, 99 at
    // the first) and refunds another third of the 20,000 of credit spent on it (13,333 in all, 6,666 at the first).
    assertThat(after.getLong("points")).isEqualTo(mine.getLong("points") - 50 - 100);
    assertThat(after.getLong("pendingPoints")).isEqualTo(mine.getLong("pendingPoints") - 99);
    assertThat(after.getLong("credit")).isEqualTo(mine.getLong("credit") + 6_667 + 10_000 - 1_000);
    assertThat(balance(c, friend).getLong("credit")).isEqualTo(theirs.getLong("credit") + 1_000);
    api.as(c.owner()).post("/ledger/checks").then().statusCode(200).body("differences", equalTo(0));
  }
}
