package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Limits at the edge: bodies over 1 MB are answered 413 before they are read, whether announced or
 * streamed; JSON nested too deep, strings too long and text that is not Unicode are 400; nothing of
 * such a request is stored, and the server stays healthy under many of them at once.
 */
class EdgeLimitsIT extends RunningPlatform {
  private static final String TOO_LARGE = "https://bashgah.ir/problems/payload-too-large";
  private static final String MALFORMED = "https://bashgah.ir/problems/malformed-request";

  @Test
  void aBodyOverOneMegabyteIsRefusedAndNothingIsStored() {
    String owner = api.createTenant(admin, "edge-size", "STANDARD");
    String notes = "x".repeat(1_100_000);
    api.as(owner).body(Map.of("firstName", "Big", "lastName", "Body", "mobile", "09120000201", "notes", notes)).post("/members")
        .then().statusCode(413).contentType("application/problem+json").body("type", equalTo(TOO_LARGE));
    api.as(owner).get("/members?mobile=09120000201").then().statusCode(200).body("items.size()", equalTo(0));
  }

  @Test
  void eightHugeBodiesAtOnceAreAnsweredBeforeTheyAreReadAndTheServerCarriesOn() throws Exception {
    String token = api.createTenant(admin, "edge-many", "STANDARD");
    RawHttp raw = new RawHttp(url);
    CyclicBarrier start = new CyclicBarrier(8);
    List<Callable<RawHttp.Answer>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      calls.add(() -> {
        start.await();
        String head = "POST /api/v1/members HTTP/1.1\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json";
        // Half announce 50 MB and send a little of it; half stream 50 MB in chunks without announcing a length.
        return n % 2 == 0
            ? raw.send(head + "\r\nContent-Length: " + (50L << 20), "{\"firstName\":\"".getBytes(StandardCharsets.UTF_8))
            : raw.sendChunked(head, 50L << 20);
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (Future<RawHttp.Answer> f : pool.invokeAll(calls)) {
        RawHttp.Answer answer = f.get();
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).contains(TOO_LARGE).doesNotContainIgnoringCase("OutOfMemory");
      }
    } finally {
      pool.shutdownNow();
    }
    api.as(token).get("/members").then().statusCode(200);
  }

  @Test
  void deepNestingLongStringsAndBrokenUnicodeAre400NotAServerError() {
    String owner = api.createTenant(admin, "edge-shape", "STANDARD");
    String deep = "{\"firstName\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    api.as(owner).body(deep).post("/members").then().statusCode(400).contentType("application/problem+json")
        .body("type", equalTo(MALFORMED)).body("detail", containsString("nested deeper"));
    api.as(owner).body(Map.of("firstName", "x".repeat(30_000), "lastName", "Long", "mobile", "09120000202")).post("/members")
        .then().statusCode(400).body("type", equalTo(MALFORMED));
    api.anonymous().body("{\"username\":\"owner\",\"tenant\":\"edge-shape\",\"password\":\"abc\\udc00\"}").post("/auth/login")
        .then().statusCode(400).body("type", equalTo(MALFORMED)).body("detail", containsString("surrogate"));
    // Within the edge's bounds, a field's own rule judges it.
    api.as(owner).body("{\"firstName\":\"Sara\",\"lastName\":\"Ok\",\"mobile\":\"09120000203\",\"notes\":\"" + "y".repeat(15_000) + "\"}")
        .post("/members").then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("notes"));
  }

  /**
   * 10,000 invoice lines fit in the 1 MB limit; written one bound parameter after another they took
   * the server minutes of CPU. A list of more than 1,000 elements is refused before anything reads it,
   * and an invoice of 1,000 lines is written in one go.
   */
  @Test
  void aListOfMoreThanAThousandElementsIsRefusedAndAThousandLinesAreWrittenQuickly() {
    Api.Till c = api.till(admin, "edge-lists", "1111");
    Map<String, Object> line = Map.of("sku", "a", "productGroup", "g", "quantity", 1, "unitPrice", 1);
    Instant started = Instant.now();
    api.terminal(c.key()).header("Idempotency-Key", "many").body(invoice(c, "MANY", 10_000, line)).post("/pos/invoices")
        .then().statusCode(400).contentType("application/problem+json").body("type", equalTo(MALFORMED))
        .body("detail", containsString("more than 1000 elements"));
    api.terminal(c.key()).header("Idempotency-Key", "thousand").body(invoice(c, "THOUSAND", 1_000, line)).post("/pos/invoices").then().statusCode(201);
    assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(20));
    // Every line was written: all 1,000 units can be returned, and not one more.
    api.terminal(c.key()).header("Idempotency-Key", "back").body(Map.of("invoiceNumber", "THOUSAND", "returnNumber", "R-1",
        "lines", List.of(Map.of("sku", "a", "quantity", 1_000)))).post("/pos/returns").then().statusCode(201);
    api.terminal(c.key()).header("Idempotency-Key", "more").body(Map.of("invoiceNumber", "THOUSAND", "returnNumber", "R-2",
        "lines", List.of(Map.of("sku", "a", "quantity", 1)))).post("/pos/returns").then().statusCode(422)
        .body("type", equalTo("https://bashgah.ir/problems/return-exceeds-sale"));
  }

  private static Map<String, Object> invoice(Api.Till c, String number, int lines, Map<String, Object> line) {
    return Map.of("invoiceNumber", number, "memberCode", c.member(), "issuedAt", Instant.now().toString(), "lines", java.util.Collections.nCopies(lines, line),
        "payments", List.of(Map.of("method", "CASH", "amount", lines)));
  }

  @Test
  void aMemberImportTakesFilesLargerThanTheJsonLimit() {
    String owner = api.createTenant(admin, "edge-import", "STANDARD");
    StringBuilder csv = new StringBuilder("firstName,lastName,mobile\n");
    int row = 0;
    while (csv.length() < 1_300_000) {
      csv.append("Name").append(row).append(",Family").append(row).append(",0912").append(String.format("%07d", row)).append('\n');
      row++;
    }
    RestAssuredConfig raw = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
    api.as(owner).config(raw).contentType("text/csv").body(csv.toString().getBytes(StandardCharsets.UTF_8)).post("/member-imports?name=big.csv")
        .then().statusCode(202);
  }
}
