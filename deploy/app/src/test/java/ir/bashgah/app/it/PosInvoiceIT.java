package ir.bashgah.app.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invoices at the till: earning by the default programme, credit paid through redemptions, the receipt, levels. */
class PosInvoiceIT extends RunningPlatform {
  private Api.Till club(String slug) {
    return api.till(admin, slug, "4321");
  }

  private static Map<String, Object> invoice(String number, String member, List<Map<String, Object>> lines, List<Map<String, Object>> payments) {
    return Map.of("invoiceNumber", number, "memberCode", member, "issuedAt", "2026-11-23T12:30:00+03:30", "lines", lines, "payments", payments);
  }

  private Response post(String key, String idem, Object body) {
    return api.terminal(key).header("Idempotency-Key", idem).body(body).post("/pos/invoices");
  }

  @Test
  void anInvoiceEarnsOnePointPerTenThousandRialsNotPaidByCreditAndPrintsAPersianReceipt() {
    Api.Till c = club("inv-earn");
    Response r = post(c.key(), "i1", invoice("INV-1", c.member(),
        List.of(Map.of("sku", "A1", "name", "قهوه", "productGroup", "drinks", "quantity", 5, "unitPrice", 250_000)),
        List.of(Map.of("method", "CASH", "amount", 1_000_000), Map.of("method", "CARD", "amount", 250_000))));
    r.then().statusCode(201)
        .body("total", equalTo(1_250_000)).body("pointsEarned", equalTo(125)).body("creditEarned", equalTo(0)).body("creditRedeemed", equalTo(0))
        .body("balance.points", equalTo(125)).body("level", equalTo("BRONZE"))
        .body("receipt", hasItems("مبلغ کل: ۱٬۲۵۰٬۰۰۰ ریال", "امتیاز این خرید: ۱۲۵", "مانده امتیاز: ۱۲۵", "سطح شما: برنزی"))
        .body("receipt[1]", org.hamcrest.Matchers.containsString("۱۴۰۵/۰۹/۰۲"));
    org.assertj.core.api.Assertions.assertThat(post(c.key(), "i1", invoice("INV-1", c.member(),
        List.of(Map.of("sku", "A1", "name", "قهوه", "productGroup", "drinks", "quantity", 5, "unitPrice", 250_000)),
        List.of(Map.of("method", "CASH", "amount", 1_000_000), Map.of("method", "CARD", "amount", 250_000)))).asString()).isEqualTo(r.asString());
    api.as(c.owner()).get("/members/" + c.member() + "/ledger").then().body("total", equalTo(1)).body("items[0].kind", equalTo("EARN"))
        .body("items[0].sourceId", equalTo("INV-1"));
    post(c.key(), "i2", invoice("INV-1", c.member(), List.of(Map.of("sku", "A1", "productGroup", "g", "quantity", 1, "unitPrice", 10)),
        List.of(Map.of("method", "CASH", "amount", 10)))).then().statusCode(409);
  }

  @Test
  void creditPaidThroughARedemptionEarnsNothingAndTheRedemptionCanNoLongerBeCancelled() {
    Api.Till c = club("inv-credit");
    api.as(c.owner()).header("Idempotency-Key", "f").body(Map.of("asset", "CREDIT", "amount", 100_000, "reason", "gift")).post("/members/" + c.member() + "/adjustments")
        .then().statusCode(201);
    String redemption = api.terminal(c.key()).header("Idempotency-Key", "r").body(Map.of("memberCode", c.member(), "amount", 50_000, "pin", "4321"))
        .post("/pos/redemptions").then().statusCode(201).extract().path("redemptionId");
    post(c.key(), "c1", Map.of("invoiceNumber", "INV-2", "memberCode", c.member(), "issuedAt", "2026-11-23T12:30:00+03:30",
        "lines", List.of(Map.of("sku", "B1", "productGroup", "food", "quantity", 1, "unitPrice", 1_000_000)),
        "payments", List.of(Map.of("method", "CREDIT", "amount", 50_000), Map.of("method", "CASH", "amount", 950_000)),
        "redemptionIds", List.of(redemption)))
        .then().statusCode(201).body("pointsEarned", equalTo(95)).body("creditRedeemed", equalTo(50_000)).body("balance.credit", equalTo(50_000));
    api.terminal(c.key()).header("Idempotency-Key", "x").post("/pos/redemptions/" + redemption + "/cancel").then().statusCode(409);
    post(c.key(), "c2", Map.of("invoiceNumber", "INV-3", "memberCode", c.member(), "issuedAt", "2026-11-23T12:30:00+03:30",
        "lines", List.of(Map.of("sku", "B1", "productGroup", "food", "quantity", 1, "unitPrice", 50_000)),
        "payments", List.of(Map.of("method", "CREDIT", "amount", 50_000)), "redemptionIds", List.of(redemption)))
        .then().statusCode(422).body("errors[0].field", equalTo("redemptionIds"));
    post(c.key(), "c3", invoice("INV-4", c.member(), List.of(Map.of("sku", "B1", "productGroup", "food", "quantity", 1, "unitPrice", 50_000)),
        List.of(Map.of("method", "CREDIT", "amount", 50_000)))).then().statusCode(422).body("errors[0].field", equalTo("payments"));
  }

  @Test
  void purchasesOverTwentyMillionRialsRaiseTheMemberToSilver() {
    Api.Till c = club("inv-level");
    post(c.key(), "l1", invoice("INV-L", c.member(), List.of(Map.of("sku", "TV", "productGroup", "electronics", "quantity", 1, "unitPrice", 25_000_000)),
        List.of(Map.of("method", "CARD", "amount", 25_000_000))))
        .then().statusCode(201).body("level", equalTo("SILVER")).body("receipt", hasItem("سطح شما: نقره‌ای")).body("pointsEarned", equalTo(2_500));
    api.as(c.owner()).get("/members/" + c.member() + "/balance").then().body("level", equalTo("SILVER")).body("points", equalTo(2_500));
  }

  @Test
  void everyBadInvoiceFieldIsNamed() {
    Api.Till c = club("inv-bad");
    post(c.key(), "b1", Map.of("invoiceNumber", "", "memberCode", c.member(), "issuedAt", "yesterday",
        "lines", List.of(Map.of("sku", "", "productGroup", "g", "quantity", 0, "unitPrice", -5)),
        "payments", List.of(Map.of("method", "BITCOIN", "amount", 0))))
        .then().statusCode(422).body("errors.field", hasItems("invoiceNumber", "issuedAt", "lines[0].sku", "lines[0].quantity", "lines[0].unitPrice",
            "payments[0].method", "payments[0].amount"));
    post(c.key(), "b2", invoice("INV-5", c.member(), List.of(Map.of("sku", "A", "productGroup", "g", "quantity", 2, "unitPrice", 100)),
        List.of(Map.of("method", "CASH", "amount", 150)))).then().statusCode(422).body("errors[0].field", equalTo("payments"));
    post(c.key(), "b3", "{\"invoiceNumber\":\"X\",\"memberCode\":\"" + c.member() + "\",\"issuedAt\":\"2026-11-23T12:30:00Z\",\"lines\":[{\"sku\":\"A\",\"productGroup\":\"g\",\"quantity\":1.5,\"unitPrice\":100}],\"payments\":[]}")
        .then().statusCode(400);
    api.terminal(c.key()).body(invoice("INV-6", c.member(), List.of(), List.of())).post("/pos/invoices").then().statusCode(400)
        .body("type", equalTo("https://bashgah.ir/problems/idempotency-key-required"));
  }

  /**
   * One invoice number sent by sixteen tills of one branch under keys of their own, for sixteen
   * different members, at the same moment: one sale is recorded, the others are told 409 conflict
   * (the invoice number was used before in this branch) and earn nothing.
   */
  @Test
  void oneInvoiceNumberUnderManyKeysAtOnceIsRecordedOnce() throws Exception {
    Api.Till c = club("inv-dup-race");
    List<String> members = new java.util.ArrayList<>();
    for (int i = 0; i < 16; i++) {
      members.add(api.register(c.owner(), "Dup", "Buyer" + i, String.format("0912300%04d", i)));
    }
    List<Response> answers = Race.run(16, i -> Race.asATill(() -> post(c.key(), "dup-" + i, invoice("INV-DUP", members.get(i),
        List.of(Map.of("sku", "A1", "productGroup", "drinks", "quantity", 1, "unitPrice", 1_000_000)), List.of(Map.of("method", "CASH", "amount", 1_000_000))))));

    org.assertj.core.api.Assertions.assertThat(answers).extracting(Response::statusCode).containsOnly(201, 409);
    List<Integer> winners = new java.util.ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).statusCode() == 201) {
        winners.add(i);
      } else {
        answers.get(i).then().body("type", equalTo("https://bashgah.ir/problems/conflict"));
      }
    }
    org.assertj.core.api.Assertions.assertThat(winners).hasSize(1);
    String winner = members.get(winners.get(0));
    org.assertj.core.api.Assertions.assertThat(Sql.rows("SELECT branch_code, invoice_number, total, points_earned FROM t_inv_dup_race.invoice"))
        .containsExactly(List.of("b1", "INV-DUP", "1000000", "100"));
    org.assertj.core.api.Assertions.assertThat(Sql.value("SELECT COUNT(*) FROM t_inv_dup_race.ledger_entry")).isEqualTo(1);
    for (String m : members) {
      api.as(c.owner()).get("/members/" + m + "/balance").then().body("points", equalTo(m.equals(winner) ? 100 : 0));
    }
    // A refused key stored nothing: sent again it is refused again, not replayed as a success.
    int loser = winners.get(0) == 0 ? 1 : 0;
    post(c.key(), "dup-" + loser, invoice("INV-DUP", members.get(loser), List.of(Map.of("sku", "A1", "productGroup", "drinks", "quantity", 1, "unitPrice", 1_000_000)),
        List.of(Map.of("method", "CASH", "amount", 1_000_000)))).then().statusCode(409);
  }

  /**
   * A till that lost its connection sends the same invoice with the same key from many threads at once:
   * one sale, one earning, and every answer the same as the first (docs/integration.md: "does nothing twice").
   */
  @Test
  void oneInvoiceUnderOneKeyFromManyThreadsAtOnceHasOneEffectAndOneAnswer() throws Exception {
    Api.Till c = club("inv-key-race");
    Map<String, Object> body = invoice("INV-K", c.member(), List.of(Map.of("sku", "A1", "productGroup", "drinks", "quantity", 3, "unitPrice", 700_000)),
        List.of(Map.of("method", "CARD", "amount", 2_100_000)));
    List<Response> answers = Race.run(24, i -> {
      Response r = Race.asATill(() -> post(c.key(), "same-key", body));
      // docs/integration.md: 409 while a call with the same key is still running; the till sends it again.
      for (int attempt = 0; attempt < 50 && r.statusCode() == 409; attempt++) {
        r = Race.asATill(() -> post(c.key(), "same-key", body));
      }
      return r;
    });

    org.assertj.core.api.Assertions.assertThat(answers).extracting(Response::statusCode).containsOnly(201);
    org.assertj.core.api.Assertions.assertThat(answers).extracting(Response::asString).containsOnly(answers.get(0).asString());
    org.assertj.core.api.Assertions.assertThat(answers).filteredOn(r -> r.header("Idempotent-Replayed") == null).as("answers that did the work").hasSize(1);
    answers.get(0).then().body("pointsEarned", equalTo(210)).body("balance.points", equalTo(210));
    org.assertj.core.api.Assertions.assertThat(Sql.value("SELECT COUNT(*) FROM t_inv_key_race.invoice")).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(Sql.value("SELECT COUNT(*) FROM t_inv_key_race.invoice_line")).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(Sql.value("SELECT COUNT(*) FROM t_inv_key_race.ledger_entry")).isEqualTo(1);
    org.assertj.core.api.Assertions.assertThat(Sql.value("SELECT SUM(amount) FROM t_inv_key_race.ledger_entry WHERE asset = 'POINTS'")).isEqualTo(210);
    api.as(c.owner()).get("/members/" + c.member() + "/balance").then().body("points", equalTo(210));
  }
}
