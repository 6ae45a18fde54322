import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * The member import benchmark (issue 3). Two commands:
 *   java ImportBench.java generate <file.csv> <rows>
 *     writes a CSV of typical members: Persian names, unique valid mobiles (09xxxxxxxxx), unique national
 *     codes with a correct check digit, birth date, group A, opening points and credit;
 *   java ImportBench.java run <baseUrl> <adminPassword> <file.csv> <rows> [slug]
 *     creates a PROFESSIONAL club with group A, uploads the file, polls the import until it is no longer
 *     RUNNING, prints the times and rows per second, then runs the ledger check and prints its result;
 *     a club of that slug that exists already (pos-bench's) gets the members added, group A as well;
 *   java ImportBench.java send <baseUrl> <slug>
 *     the bulk send of issue 12: saves a segment of group A, sends it one SMS and prints how long the
 *     million rows took to be queued (POST to the batch's rows all written, 250 ms polling);
 *   java ImportBench.java report <baseUrl> <slug> <label>
 *     how many messages of the club's latest send have been sent so far, as segment_sent_<label>=n.
 */
public class ImportBench {
  /** The club owner's password: the import bench's own club, or pos-bench's (Bench-owner-2026) when it adds members there. */
  private static final String OWNER_PASSWORD = System.getenv().getOrDefault("OWNER_PASSWORD", "Owner-pass-2026");
  private static final String[] FIRST = {"سارا", "علی", "مریم", "رضا", "زهرا", "حسین", "فاطمه", "محمد", "نرگس", "امیر", "لیلا", "مهدی"};
  private static final String[] LAST = {"محمدی", "احمدی", "حسینی", "کریمی", "رضایی", "موسوی", "جعفری", "کاظمی", "رحیمی", "صادقی"};

  public static void main(String[] args) throws Exception {
    if (args[0].equals("generate")) {
      generate(Path.of(args[1]), Integer.parseInt(args[2]));
    } else if (args[0].equals("send")) {
      sendToSegment(args[1], args[2]);
    } else if (args[0].equals("report")) {
      report(args[1], args[2], args[3]);
    } else {
      run(args[1], args[2], Path.of(args[3]), Long.parseLong(args[4]), args.length > 5 ? args[5] : "bench-import");
    }
  }

  static void generate(Path file, int rows) throws Exception {
    Random random = new Random(42);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("firstName,lastName,mobile,nationalCode,birthDate,group,openingPoints,openingCredit\n");
      for (int i = 0; i < rows; i++) {
        String mobile = String.format("0912%07d", i);
        String code = nationalCode(100_000_000 + i);
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(45 * 365));
        out.write(FIRST[random.nextInt(FIRST.length)] + "," + LAST[random.nextInt(LAST.length)] + "," + mobile + "," + code + "," + birth + ",A,"
            + random.nextInt(10_000) + "," + random.nextInt(50) * 100_000 + "\n");
      }
    }
  }

  /** The nine digits and their check digit: weights 10..2, mod 11, a remainder under 2 is itself, else 11 minus it. */
  static String nationalCode(int nineDigits) {
    String body = String.format("%09d", nineDigits);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (body.charAt(i) - '0') * (10 - i);
    }
    int r = sum % 11;
    return body + (r < 2 ? r : 11 - r);
  }

  static void run(String base, String adminPassword, Path file, long rows, String slug) throws Exception {
    // HTTP/1.1: the ledger check of a million members takes half a minute, longer than an h2c connection was kept open.
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    String admin = field(send(http, json(base + "/api/v1/auth/login", null, "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}"), 200), "accessToken");
    send(http, json(base + "/api/v1/platform/tenants", admin, "{\"slug\":\"" + slug + "\",\"name\":\"Import bench\",\"plan\":\"PROFESSIONAL\","
        + "\"owner\":{\"username\":\"owner\",\"password\":\"" + OWNER_PASSWORD + "\"}}"), 201, 409);
    String owner = field(send(http, json(base + "/api/v1/auth/login", null, "{\"tenant\":\"" + slug + "\",\"username\":\"owner\",\"password\":\"" + OWNER_PASSWORD + "\"}"),
        200), "accessToken");
    send(http, json(base + "/api/v1/member-groups", owner, "{\"code\":\"A\",\"name\":\"مشتریان\"}"), 201, 409);

    long t0 = System.nanoTime();
    HttpRequest upload = HttpRequest.newBuilder(URI.create(base + "/api/v1/member-imports?name=" + file.getFileName())).header("Authorization", "Bearer " + owner)
        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build();
    String id = field(send(http, upload, 202), "id");
    long uploaded = System.nanoTime();
    System.out.printf("uploaded %,d bytes in %d ms; import %s%n", Files.size(file), (uploaded - t0) / 1_000_000, id);
    String status;
    String body;
    long deadline = System.nanoTime() + Duration.ofMinutes(60).toNanos();
    long lastPrint = 0;
    do {
      Thread.sleep(1000);
      body = send(http, get(base + "/api/v1/member-imports/" + id, owner), 200);
      status = field(body, "status");
      if (System.nanoTime() - lastPrint > 10_000_000_000L) {
        lastPrint = System.nanoTime();
        System.out.printf("  %4d s: %s rows read %s, imported %s%n", (lastPrint - t0) / 1_000_000_000, status, number(body, "rowsRead"), number(body, "imported"));
      }
    } while (status.equals("RUNNING") && System.nanoTime() < deadline);
    long end = System.nanoTime();
    long processing = Duration.between(Instant.parse(field(body, "startedAt")), Instant.parse(field(body, "finishedAt"))).toMillis();
    System.out.printf("import %s: %s, rows read %s, imported %s, failed %s%n", id, status, number(body, "rowsRead"), number(body, "imported"), number(body, "failed"));
    System.out.printf("processing (startedAt to finishedAt): %.1f s, %,d rows/s%n", processing / 1000.0, rows * 1000 / Math.max(1, processing));
    System.out.printf("end to end (upload to DONE seen, 1 s polling): %.1f s%n", (end - t0) / 1e9);
    if ("0".equals(System.getenv("IMPORT_LEDGER_CHECK"))) {
      return;
    }
    long c0 = System.nanoTime();
    String check = send(http, json(base + "/api/v1/ledger/checks", owner, ""), 200);
    System.out.printf("ledger check: %s balances, %s differences, %d ms%n", number(check, "balances"), number(check, "differences"), (System.nanoTime() - c0) / 1_000_000);
  }

  static void sendToSegment(String base, String slug) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    String owner = field(send(http, json(base + "/api/v1/auth/login", null, "{\"tenant\":\"" + slug + "\",\"username\":\"owner\",\"password\":\"" + OWNER_PASSWORD + "\"}"),
        200), "accessToken");
    // marketing waits out quiet hours; the benchmark must not depend on the hour it runs at
    send(http, put(base + "/api/v1/messaging/quiet-hours", owner, "{\"from\":\"00:00\",\"until\":\"00:00\"}"), 200);
    long c0 = System.nanoTime();
    String segment = send(http, json(base + "/api/v1/segments", owner, "{\"code\":\"group-a\",\"name\":\"گروه A\",\"filter\":{\"group\":\"A\"}}"), 201);
    System.out.printf("segment group-a: %s members, counted in %d ms%n", number(segment, "members"), (System.nanoTime() - c0) / 1_000_000);
    long t0 = System.nanoTime();
    HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/v1/messages")).header("Content-Type", "application/json").header("Authorization", "Bearer " + owner)
        .header("Idempotency-Key", "bench-" + System.currentTimeMillis())
        .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"SMS\",\"to\":{\"segment\":\"group-a\"},\"text\":\"جشنواره یلدا در باشگاه: ۲۰٪ تخفیف تا جمعه\"}"))
        .build();
    String accepted = send(http, post, 202);
    long answered = System.nanoTime();
    String batch = field(accepted, "batchId");
    long recipients = Long.parseLong(number(accepted, "recipients")) + Long.parseLong(number(accepted, "suppressed"));
    System.out.printf("POST /messages answered 202 in %d ms: %s recipients%n", (answered - t0) / 1_000_000, number(accepted, "recipients"));
    String body;
    long total;
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    do {
      Thread.sleep(250);
      body = send(http, get(base + "/api/v1/messages/batches/" + batch, owner), 200);
      total = Long.parseLong(number(body, "total"));
    } while (total < recipients && System.nanoTime() < deadline);
    long queued = System.nanoTime();
    System.out.printf("segment_send_rows=%d%nsegment_send_queued_ms=%d%n", total, (queued - t0) / 1_000_000);
  }

  static void report(String base, String slug, String label) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    String owner = field(send(http, json(base + "/api/v1/auth/login", null, "{\"tenant\":\"" + slug + "\",\"username\":\"owner\",\"password\":\"" + OWNER_PASSWORD + "\"}"),
        200), "accessToken");
    String batches = send(http, get(base + "/api/v1/messages/batches?size=1", owner), 200);
    String batch = field(batches, "batchId");
    String counts = send(http, get(base + "/api/v1/messages/batches/" + batch, owner), 200);
    System.out.printf("segment_sent_%s=%s%nsegment_sent_%s_at_ms=%d%n", label, counts.contains("\"SENT\":") ? number(counts, "SENT") : "0", label,
        System.currentTimeMillis());
  }

  private static HttpRequest put(String url, String token, String body) {
    return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .PUT(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static HttpRequest json(String url, String token, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  private static HttpRequest get(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
  }

  private static String send(HttpClient http, HttpRequest request, int... expected) throws Exception {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (java.util.Arrays.stream(expected).noneMatch(e -> e == r.statusCode())) {
      throw new IllegalStateException(request.uri() + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  private static String field(String json, String name) {
    int i = json.indexOf("\"" + name + "\":\"");
    if (i < 0) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    i += name.length() + 4;
    return json.substring(i, json.indexOf('"', i));
  }

  private static String number(String json, String name) {
    int i = json.indexOf("\"" + name + "\":") + name.length() + 3;
    int j = i;
    while (j < json.length() && Character.isDigit(json.charAt(j))) {
      j++;
    }
    return json.substring(i, j);
  }
}
