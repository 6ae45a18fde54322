package ir.bashgah.app.it;

import static ir.bashgah.app.it.Problems.assertProblem;
import static ir.bashgah.app.it.Problems.validation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bounded money (docs/security.md, "Input limits"): every amount, price and quantity has a maximum
 * and is refused beyond it with 422 naming the field; no sum anywhere wraps around into a negative
 * figure; a refusal changes nothing.
 */
class AmountBoundsIT extends RunningPlatform {
  /** 10^15 rials: the largest amount, price, line, invoice, payment, adjustment, transfer. */
  private static final long MAX = 1_000_000_000_000_000L;
  /** 9 × 10^15: the largest balance. */
  private static final long MAX_BALANCE = 9_000_000_000_000_000L;
  private static final long LONG_MAX = Long.MAX_VALUE;

  private Response invoice(Api.Till c, String idem, String number, long quantity, long unitPrice, long paid) {
    return api.terminal(c.key()).header("Idempotency-Key", idem).body(Map.of("invoiceNumber", number, "memberCode", c.member(), "issuedAt", Instant.now().toString(),
        "lines", List.of(Map.of("sku", "ITEM", "productGroup", "g", "quantity", quantity, "unitPrice", unitPrice)),
        "payments", List.of(Map.of("method", "CASH", "amount", paid)))).post("/pos/invoices");
  }

  private Response adjust(Api.Till c, String idem, String asset, long amount) {
    return api.as(c.owner()).header("Idempotency-Key", idem).body(Map.of("asset", asset, "amount", amount, "reason", "test"))
        .post("/members/" + c.member() + "/adjustments");
  }

  private JsonPath balance(Api.Till c, String member) {
    return api.as(c.owner()).get("/members/" + member + "/balance").then().statusCode(200).extract().jsonPath();
  }

  private int ledgerEntries(Api.Till c, String member) {
    return api.as(c.owner()).get("/members/" + member + "/ledger").then().statusCode(200).extract().path("total");
  }

  @Test
  void pricesPaymentsLinesAndTotalsBeyondTheMaximumAreRefusedNamingTheField() {
    Api.Till c = api.till(admin, "bound-price", "1111");
    // The probe's invoice: one item at 2^63-1 rials, paid in cash.
    validation(invoice(c, "p1", "P-1", 1, LONG_MAX, LONG_MAX), "lines[0].unitPrice", "payments[0].amount");
    validation(invoice(c, "p2", "P-2", 1, MAX + 1, MAX + 1), "lines[0].unitPrice", "payments[0].amount");
    // Quantities: at most 1,000,000 a line.
    validation(invoice(c, "p3", "P-3", LONG_MAX, 1, 1), "lines[0].quantity");
    validation(invoice(c, "p4", "P-4", 1_000_001, 1, 1_000_001), "lines[0].quantity");
    // Each within its limit, their product beyond it: the line is named.
    validation(invoice(c, "p5", "P-5", 2, MAX, MAX), "lines[0]");
    validation(invoice(c, "p6", "P-6", 1_000_000, 9_223_372_036_855L, 1), "lines[0]");
    // Lines each within the limit, the invoice beyond it.
    Response total = api.terminal(c.key()).header("Idempotency-Key", "p7").body(Map.of("invoiceNumber", "P-7", "memberCode", c.member(),
        "issuedAt", Instant.now().toString(),
        "lines", List.of(Map.of("sku", "A", "productGroup", "g", "quantity", 1, "unitPrice", MAX), Map.of("sku", "B", "productGroup", "g", "quantity", 1, "unitPrice", 1)),
        "payments", List.of(Map.of("method", "CASH", "amount", MAX), Map.of("method", "CARD", "amount", 1)))).post("/pos/invoices");
    validation(total, "total", "payments");
    // The dry run checks the same.
    Response dry = api.terminal(c.key()).body(Map.of("memberCode", c.member(), "issuedAt", Instant.now().toString(),
        "lines", List.of(Map.of("sku", "A", "productGroup", "g", "quantity", 1, "unitPrice", LONG_MAX)),
        "payments", List.of(Map.of("method", "CASH", "amount", LONG_MAX)))).post("/pos/invoices/dry-run");
    validation(dry, "lines[0].unitPrice");

    assertThat(balance(c, c.member()).getLong("points")).isZero();
    assertThat(ledgerEntries(c, c.member())).isZero();

    // The largest invoice is taken, and earns exactly: 10^15 / 10,000 points.
    invoice(c, "ok", "OK-1", 1, MAX, MAX).then().statusCode(201).body("total", equalTo(MAX)).body("pointsEarned", equalTo(MAX / 10_000))
        .body("level", equalTo("GOLD"));
  }

  @Test
  void twoHugeInvoicesNeitherMakeTheDashboardNegativeNorMoveTheMembersLevel() {
    Api.Till c = api.till(admin, "bound-dash", "1111");
    invoice(c, "s1", "S-1", 1, 25_000_000, 25_000_000).then().statusCode(201).body("level", equalTo("SILVER"));
    JsonPath before = balance(c, c.member());

    validation(invoice(c, "h1", "H-1", 1, LONG_MAX, LONG_MAX), "lines[0].unitPrice");
    validation(invoice(c, "h2", "H-2", 1, LONG_MAX, LONG_MAX), "lines[0].unitPrice");

    JsonPath after = balance(c, c.member());
    assertThat(after.getString("level")).isEqualTo("SILVER");
    assertThat(after.getLong("points")).isEqualTo(before.getLong("points"));
    String today = LocalDate.now(ZoneId.of("Asia/Tehran")).toString();
    JsonPath dashboard = api.as(c.owner()).get("/dashboard?from=" + today + "&to=" + today).then().statusCode(200).extract().jsonPath();
    assertThat(dashboard.getLong("totals.sales")).isEqualTo(25_000_000L);
    assertThat(dashboard.getLong("totals.pointsIssued")).isEqualTo(2_500L);
    assertThat(dashboard.getLong("topBranches[0].sales")).isEqualTo(25_000_000L);

    // Two invoices at the maximum are taken; every figure stays exact and positive.
    invoice(c, "m1", "M-1", 1, MAX, MAX).then().statusCode(201).body("level", equalTo("GOLD"));
    invoice(c, "m2", "M-2", 1, MAX, MAX).then().statusCode(201).body("level", equalTo("GOLD")).body("balance.points", equalTo(2 * (MAX / 10_000) + 2_500));
    dashboard = api.as(c.owner()).get("/dashboard?from=" + today + "&to=" + today).then().statusCode(200).extract().jsonPath();
    assertThat(dashboard.getLong("totals.sales")).isEqualTo(2 * MAX + 25_000_000L);
    assertThat(dashboard.getLong("daily[0].sales")).isEqualTo(2 * MAX + 25_000_000L);
    assertThat(dashboard.getLong("totals.pointsIssued")).isEqualTo(2 * (MAX / 10_000) + 2_500);
  }

  @Test
  void adjustmentsNearTwoToTheSixtyThreeAreRefusedAndABalanceStopsAtItsMaximum() {
    Api.Till c = api.till(admin, "bound-adjust", "1111");
    for (long amount : new long[] {LONG_MAX, LONG_MAX - 1, -LONG_MAX, Long.MIN_VALUE, MAX + 1, -(MAX + 1)}) {
      validation(adjust(c, "a" + amount, "POINTS", amount), "amount");
      validation(adjust(c, "c" + amount, "CREDIT", amount), "amount");
    }
    assertThat(ledgerEntries(c, c.member())).isZero();

    // Nine of the largest adjustments fill the balance to its maximum; the tenth is refused.
    for (int i = 0; i < 9; i++) {
      adjust(c, "fill-" + i, "CREDIT", MAX).then().statusCode(201);
    }
    assertThat(balance(c, c.member()).getLong("credit")).isEqualTo(MAX_BALANCE);
    validation(adjust(c, "over", "CREDIT", 1), "amount");
    assertThat(balance(c, c.member()).getLong("credit")).isEqualTo(MAX_BALANCE);
    assertThat(ledgerEntries(c, c.member())).isEqualTo(9);
    // It can still be spent and decreased.
    adjust(c, "down", "CREDIT", -MAX).then().statusCode(201).body("balance.credit", equalTo(MAX_BALANCE - MAX));
  }

  @Test
  void redemptionsTransfersAndConversionsAreBounded() {
    Api.Till c = api.till(admin, "bound-move", "1111", "VIP");
    String other = api.register(c.owner(), "Reza", "Karimi", "09124440001");
    adjust(c, "fund", "CREDIT", 1_000_000).then().statusCode(201);
    adjust(c, "pts", "POINTS", 1_000).then().statusCode(201);

    validation(api.terminal(c.key()).header("Idempotency-Key", "r1").body(Map.of("memberCode", c.member(), "amount", LONG_MAX, "pin", "1111"))
        .post("/pos/redemptions"), "amount");
    for (String asset : List.of("POINTS", "CREDIT")) {
      validation(api.as(c.owner()).header("Idempotency-Key", "t-" + asset).body(Map.of("to", other, "asset", asset, "amount", LONG_MAX, "reason", "x"))
          .post("/members/" + c.member() + "/transfers"), "amount");
    }
    api.programme(c.owner(), Map.of("conversion", Map.of("enabled", true, "rates", List.of(Map.of("points", 1, "rials", MAX)))));
    validation(api.as(c.owner()).header("Idempotency-Key", "cv1").body(Map.of("points", LONG_MAX)).post("/members/" + c.member() + "/conversions"), "points");
    // Two points at 10^15 rials each would be more credit than one movement may bring.
    validation(api.as(c.owner()).header("Idempotency-Key", "cv2").body(Map.of("points", 2)).post("/members/" + c.member() + "/conversions"), "points");
    // A programme cannot set a rate, or bonuses, beyond the limits.
    validation(api.as(c.owner()).body(Map.of("version", 2, "rules", Map.of("conversion", Map.of("enabled", true,
        "rates", List.of(Map.of("points", 1, "rials", LONG_MAX)))))).put("/programmes/default"), "rules.conversion.rates[0].rials");

    JsonPath b = balance(c, c.member());
    assertThat(b.getLong("credit")).isEqualTo(1_000_000);
    assertThat(b.getLong("points")).isEqualTo(1_000);
    assertThat(balance(c, other).getLong("points")).isZero();
    assertThat(ledgerEntries(c, c.member())).isEqualTo(2);
  }

  @Test
  void returnQuantitiesOfTwoToTheSixtyThreeMinusOneAnswer422AndChangeNothing() {
    Api.Till c = api.till(admin, "bound-return", "1111");
    invoice(c, "s", "S-1", 3, 1_000_000, 3_000_000).then().statusCode(201).body("pointsEarned", equalTo(300));
    api.terminal(c.key()).header("Idempotency-Key", "r0").body(Map.of("invoiceNumber", "S-1", "returnNumber", "R-0",
        "lines", List.of(Map.of("sku", "ITEM", "quantity", 1)))).post("/pos/returns").then().statusCode(201).body("pointsReversed", equalTo(100));

    validation(api.terminal(c.key()).header("Idempotency-Key", "r1").body(Map.of("invoiceNumber", "S-1", "returnNumber", "R-1",
        "lines", List.of(Map.of("sku", "ITEM", "quantity", LONG_MAX)))).post("/pos/returns"), "lines[0].quantity");
    // Two lines of the same SKU whose sum would pass 2^63.
    validation(api.terminal(c.key()).header("Idempotency-Key", "r2").body(Map.of("invoiceNumber", "S-1", "returnNumber", "R-2",
        "lines", List.of(Map.of("sku", "ITEM", "quantity", LONG_MAX / 2 + 1), Map.of("sku", "ITEM", "quantity", LONG_MAX / 2 + 1)))).post("/pos/returns"),
        "lines[0].quantity", "lines[1].quantity");
    // Within the limit but more than is left: the contract's slug.
    assertProblem(api.terminal(c.key()).header("Idempotency-Key", "r3").body(Map.of("invoiceNumber", "S-1", "returnNumber", "R-3",
        "lines", List.of(Map.of("sku", "ITEM", "quantity", 1_000_000)))).post("/pos/returns"), 422, "return-exceeds-sale");

    assertThat(balance(c, c.member()).getLong("points")).isEqualTo(200);
    assertThat(ledgerEntries(c, c.member())).isEqualTo(2);
    api.terminal(c.key()).header("Idempotency-Key", "r4").body(Map.of("invoiceNumber", "S-1", "returnNumber", "R-4",
        "lines", List.of(Map.of("sku", "ITEM", "quantity", 2)))).post("/pos/returns").then().statusCode(201).body("pointsReversed", equalTo(200));
  }
}
