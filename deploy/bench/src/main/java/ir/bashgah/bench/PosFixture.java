package ir.bashgah.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets up the club the POS benchmark drives, through the public API only, as an integrator would
 * (README.md's curl walkthrough): the platform admin creates a tenant on plan PROFESSIONAL with its
 * owner; the owner creates a branch and N terminals (one API key each), then registers M members in
 * parallel, each with a PIN and some opening credit (POST /members/{code}/adjustments with an
 * Idempotency-Key). About one member in five gets little credit, so that some redemptions at the till
 * answer 422 insufficient-credit, as they do in a real shop.
 *
 * <p>Writes the fixture the simulation reads into {@code outDir}: {@code terminals.txt} (one API key a
 * line), {@code members.tsv} (memberCode, cardNumber, mobile, pin, opening credit) and {@code
 * tenant.properties}.
 *
 * <p>Usage: {@code PosFixture <baseUrl> <adminPassword> <terminals> <members> <outDir> [slug] [parallel]}
 */
public final class PosFixture {
  private static final Pattern STRING_FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final String api;
  private final AtomicInteger retried = new AtomicInteger();

  private PosFixture(String baseUrl) {
    this.api = baseUrl.replaceAll("/+$", "") + "/api/v1";
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: PosFixture <baseUrl> <adminPassword> <terminals> <members> <outDir> [slug] [parallel]");
      System.exit(2);
    }
    String baseUrl = args[0];
    String adminPassword = args[1];
    int terminals = Integer.parseInt(args[2]);
    int members = Integer.parseInt(args[3]);
    Path out = Files.createDirectories(Path.of(args[4]));
    String slug = args.length > 5 ? args[5] : "bench";
    int parallel = args.length > 6 ? Integer.parseInt(args[6]) : 8;
    new PosFixture(baseUrl).build(adminPassword, terminals, members, out, slug, parallel);
  }

  private void build(String adminPassword, int terminalCount, int memberCount, Path out, String slug, int parallel) throws Exception {
    long t0 = System.nanoTime();
    String admin = field(send("POST", "/auth/login", null, null, "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}", 200), "accessToken");
    String ownerPassword = "Bench-owner-2026";
    send("POST", "/platform/tenants", admin, null,
        "{\"slug\":\"" + slug + "\",\"name\":\"باشگاه بنچ\",\"plan\":\"PROFESSIONAL\",\"owner\":{\"username\":\"owner\",\"password\":\"" + ownerPassword + "\"}}", 201);
    String owner = field(send("POST", "/auth/login", null, null,
        "{\"tenant\":\"" + slug + "\",\"username\":\"owner\",\"password\":\"" + ownerPassword + "\"}", 200), "accessToken");
    send("POST", "/branches", owner, null, "{\"code\":\"b1\",\"name\":\"شعبه مرکزی\"}", 201);
    for (String group : new java.util.LinkedHashSet<>(List.of(People.GROUPS))) {
      send("POST", "/member-groups", owner, null, "{\"code\":\"" + group + "\",\"name\":\"" + group + "\"}", 201);
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < terminalCount; i++) {
      keys.add(field(send("POST", "/branches/b1/terminals", owner, null, "{\"name\":\"till-" + (i + 1) + "\"}", 201), "apiKey"));
    }
    Files.write(out.resolve("terminals.txt"), keys, StandardCharsets.UTF_8);
    System.out.printf("tenant %s (PROFESSIONAL), branch b1, %d terminals: %d ms%n", slug, terminalCount, (System.nanoTime() - t0) / 1_000_000);

    long t1 = System.nanoTime();
    String[] rows = new String[memberCount];
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
      Thread t = new Thread(r, "fixture");
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < memberCount; i++) {
      int index = i;
      futures.add(pool.submit(() -> {
        rows[index] = member(owner, index);
        int n = done.incrementAndGet();
        if (n % 2000 == 0) {
          System.out.printf("  %d members%n", n);
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("members.tsv"), StandardCharsets.UTF_8))) {
      for (String row : rows) {
        w.println(row);
      }
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("tenant.properties"), StandardCharsets.UTF_8))) {
      w.println("slug=" + slug);
      w.println("schema=t_" + slug.replace('-', '_'));
      w.println("branch=b1");
      w.println("terminals=" + terminalCount);
      w.println("members=" + memberCount);
    }
    long ms = (System.nanoTime() - t1) / 1_000_000;
    System.out.printf("%d members registered, each with a PIN and opening credit (3 calls each, %d in parallel): %d ms, %.0f members/s%n",
        memberCount, parallel, ms, memberCount * 1000.0 / Math.max(1, ms));
    if (retried.get() > 0) {
      System.out.printf("  %d calls answered 500 and were retried with the same Idempotency-Key (see the server log: deadlocks on a first balance row)%n", retried.get());
    }
  }

  /** Registers member {@code i}, sets its PIN, grants its opening credit; answers its fixture row. */
  private String member(String owner, int i) throws IOException, InterruptedException {
    Random random = new Random(7_000_003L * i + 11);
    String mobile = People.mobile(i);
    String body = "{\"firstName\":\"" + People.firstName(random) + "\",\"lastName\":\"" + People.lastName(random) + "\",\"mobile\":\"" + mobile
        + "\",\"nationalCode\":\"" + People.nationalCode(i) + "\",\"birthDate\":\"" + People.birthDate(random) + "\",\"group\":\""
        + People.group(random) + "\"}";
    String answer = send("POST", "/members", owner, null, body, 201);
    String code = field(answer, "memberCode");
    String card = field(answer, "cardNumber");
    String pin = String.format("%04d", random.nextInt(10_000));
    send("PUT", "/members/" + code + "/pin", owner, null, "{\"pin\":\"" + pin + "\"}", 204, 200);
    // Most members hold a few million rials of credit; one in five only a little, so some redemptions fail.
    long credit = random.nextInt(5) == 0 ? 10_000L * (2 + random.nextInt(19)) : 100_000L * (10 + random.nextInt(191));
    send("POST", "/members/" + code + "/adjustments", owner, "fixture-credit-" + code,
        "{\"asset\":\"CREDIT\",\"amount\":" + credit + ",\"reason\":\"opening credit (benchmark fixture)\"}", 201);
    return code + "\t" + card + "\t" + mobile + "\t" + pin + "\t" + credit;
  }

  private String send(String method, String path, String token, String idempotencyKey, String body, int... expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    // 503 busy: a lock race InnoDB broke, everything rolled back, the idempotency key too
    // (IdempotencyInterceptor); retry with the same key after a short back-off, as a till would.
    for (int attempt = 1; r.statusCode() == 503 && idempotencyKey != null && attempt <= 5; attempt++) {
      retried.incrementAndGet();
      Thread.sleep(20L * attempt);
      r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
    for (int status : expected) {
      if (r.statusCode() == status) {
        return r.body();
      }
    }
    throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
  }

  static String field(String json, String name) {
    Matcher m = STRING_FIELD.matcher(json);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    throw new IllegalStateException("no \"" + name + "\" in " + json);
  }
}
