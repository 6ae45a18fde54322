package ir.bashgah.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N POS terminals posting a shop's mix at the running jar (docs/integration.md), closed model: each virtual
 * user is one terminal with its own API key, sends its next call as soon as the last one answered,
 * for a warm-up and then the measured D seconds. Per 92 iterations: 62 plain invoices, 8 redemptions
 * followed by the invoice that uses them, 2 redemptions that are cancelled, 15 lookups, 5 returns of
 * part of an invoice this terminal made earlier. That gives about 70 % invoices, 15 % lookups, 10 %
 * redemptions, 5 % returns, plus the few cancellations. Every POST carries a unique Idempotency-Key.
 *
 * <p>Only calls that start after the warm-up and end within the measured window are counted
 * ({@link Recorder}); Gatling's own HTML report (target/gatling) covers the whole run.
 *
 * <p>System properties: bench.baseUrl, bench.fixture (the folder PosFixture wrote), bench.terminals
 * (0: one per key in the fixture), bench.warmup and bench.duration (seconds), bench.summary (file).
 */
public class PosSimulation extends Simulation {
  private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8080");
  private static final Path FIXTURE = Path.of(System.getProperty("bench.fixture", "target/fixture"));
  private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
  private static final int DURATION = Integer.getInteger("bench.duration", 30);
  private static final Path SUMMARY = Path.of(System.getProperty("bench.summary", "target/pos-summary.txt"));
  private static final DateTimeFormatter ISSUED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final ZoneOffset TEHRAN = ZoneOffset.ofHoursMinutes(3, 30);

  /** One fixture member: how a till may name him, and his PIN. */
  record Member(String code, String card, String mobile, String pin) {}

  private static final List<String> KEYS = lines("terminals.txt");
  private static final List<Member> MEMBERS = lines("members.tsv").stream().map(l -> l.split("\t")).map(f -> new Member(f[0], f[1], f[2], f[3])).toList();
  private static final int TERMINALS = Integer.getInteger("bench.terminals", 0) > 0 ? Integer.getInteger("bench.terminals") : KEYS.size();
  private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
  private static final AtomicInteger NEXT_TILL = new AtomicInteger();
  static final Recorder RECORDER = new Recorder();

  /** An invoice this terminal made, kept until part of it is returned. */
  record Sold(String number, List<Catalog.Line> lines) {}

  /** The state of one terminal (one virtual user); only its own user touches it. */
  static final class Till {
    final int index;
    final String auth;
    long calls;
    long invoices;
    final List<Sold> sold = new ArrayList<>();
    // the invoice being made: its lines, member and the credit a redemption put on it
    List<Catalog.Line> lines;
    Member member;
    long credit;
    String redemptionId;
    String number;

    Till(int index, String key) {
      this.index = index;
      this.auth = "ApiKey " + key;
    }

    String idempotencyKey() {
      return "bench-" + RUN + "-" + index + "-" + (++calls);
    }

    String nextInvoiceNumber() {
      return "T" + index + "-" + RUN + "-" + (++invoices);
    }
  }

  public PosSimulation() {
    if (KEYS.size() < TERMINALS) {
      throw new IllegalStateException("the fixture has " + KEYS.size() + " terminal keys, " + TERMINALS + " asked for");
    }
    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
        .warmUp(BASE_URL + "/health")
        .acceptHeader("application/json")
        .contentTypeHeader("application/json")
        .disableCaching()
        .disableFollowRedirect()
        .userAgentHeader("bashgah-pos-bench");

    ChainBuilder invoice = exec(session -> {
          Till till = session.get("till");
          if (till.lines == null) {
            plan(till);
          }
          return session.set("body", invoiceBody(till));
        })
        .exec(post("invoice", "/api/v1/pos/invoices"))
        .exec(session -> {
          Till till = session.get("till");
          int status = record("invoice", session);
          if (status == 201 && till.sold.size() < 64) {
            till.sold.add(new Sold(till.number, till.lines));
          }
          till.lines = null;
          till.member = null;
          till.credit = 0;
          till.redemptionId = null;
          return clean(session);
        });

    ChainBuilder redeem = exec(session -> {
          Till till = session.get("till");
          plan(till);
          long total = Catalog.total(till.lines);
          // up to half of the basket, in whole 10,000s, at least 10,000
          long amount = Math.max(10_000, Math.min(total / 2, 10_000L * (1 + ThreadLocalRandom.current().nextInt(50))) / 10_000 * 10_000);
          till.credit = amount;
          Member m = till.member;
          String who = ThreadLocalRandom.current().nextBoolean() ? "\"memberCode\":\"" + m.code() + "\"" : "\"cardNumber\":\"" + m.card() + "\"";
          return session.set("body", "{" + who + ",\"amount\":" + amount + ",\"pin\":\"" + m.pin() + "\"}");
        })
        .exec(post("redemption", "/api/v1/pos/redemptions").check(regex("\"redemptionId\"\\s*:\\s*\"(\\d+)\"").optional().saveAs("redemptionId")))
        .exec(session -> {
          Till till = session.get("till");
          int status = record("redemption", session);
          till.redemptionId = status == 201 && session.contains("redemptionId") ? session.getString("redemptionId") : null;
          if (till.redemptionId == null) {
            till.credit = 0;
          }
          return clean(session).remove("redemptionId");
        });

    ChainBuilder redeemThenInvoice = exec(redeem).exec(invoice);

    ChainBuilder redeemThenCancel = exec(redeem)
        .doIfOrElse(session -> ((Till) session.get("till")).redemptionId != null)
        .then(exec(session -> session.set("path", "/api/v1/pos/redemptions/" + ((Till) session.get("till")).redemptionId + "/cancel"))
            .exec(withChecks(http("cancel").post("#{path}").header("Authorization", "#{auth}").header("Idempotency-Key", PosSimulation::key)))
            .exec(session -> {
              record("cancel", session);
              return clean(session);
            }))
        .orElse(exec(session -> session))
        .exec(session -> {
          Till till = session.get("till");
          till.lines = null;
          till.member = null;
          till.credit = 0;
          till.redemptionId = null;
          return session;
        });

    ChainBuilder lookup = exec(session -> {
          Member m = randomMember();
          int how = ThreadLocalRandom.current().nextInt(10);
          String body = how < 4 ? "{\"cardNumber\":\"" + m.card() + "\"}" : how < 7 ? "{\"memberCode\":\"" + m.code() + "\"}" : "{\"mobile\":\"" + m.mobile() + "\"}";
          return session.set("body", body);
        })
        .exec(post("lookup", "/api/v1/pos/lookup"))
        .exec(session -> {
          record("lookup", session);
          return clean(session);
        });

    ChainBuilder giveBack = exec(session -> {
          Till till = session.get("till");
          Sold sold = till.sold.remove(ThreadLocalRandom.current().nextInt(till.sold.size()));
          Catalog.Line line = sold.lines().get(ThreadLocalRandom.current().nextInt(sold.lines().size()));
          int quantity = 1 + ThreadLocalRandom.current().nextInt(line.quantity());
          return session.set("body", "{\"invoiceNumber\":\"" + sold.number() + "\",\"returnNumber\":\"R-" + sold.number() + "\",\"lines\":[{\"sku\":\""
              + line.item().sku() + "\",\"quantity\":" + quantity + "}]}");
        })
        .exec(post("return", "/api/v1/pos/returns"))
        .exec(session -> {
          record("return", session);
          return clean(session);
        });

    ChainBuilder iteration = exec(session -> session.set("action", action()))
        .doSwitch("#{action}").on(
            onCase("invoice").then(invoice),
            onCase("redeem+invoice").then(redeemThenInvoice),
            onCase("redeem+cancel").then(redeemThenCancel),
            onCase("lookup").then(lookup),
            onCase("return").then(doIfOrElse(session -> !((Till) session.get("till")).sold.isEmpty()).then(giveBack).orElse(invoice)));

    setUp(scenario("POS terminals")
            .exec(session -> {
              int index = NEXT_TILL.getAndIncrement();
              Till till = new Till(index + 1, KEYS.get(index));
              RECORDER.startOnce(WARMUP, DURATION);
              return session.set("till", till).set("auth", till.auth);
            })
            .exec(during(WARMUP + DURATION).on(iteration))
            .injectOpen(atOnceUsers(TERMINALS)))
        .protocols(protocol);
  }

  @Override
  public void before() {
    System.out.printf("POS mix: %d terminals, %d members, %d s warm-up then %d s measured, at %s%n", TERMINALS, MEMBERS.size(), WARMUP, DURATION, BASE_URL);
  }

  @Override
  public void after() {
    String summary = RECORDER.summary(TERMINALS, MEMBERS.size(), WARMUP);
    System.out.println();
    System.out.println(summary);
    try {
      Files.createDirectories(SUMMARY.toAbsolutePath().getParent());
      Files.writeString(SUMMARY, summary + RECORDER.keyValues(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Per 92: 62 invoices, 8 redemptions + invoice, 2 redemptions + cancel, 15 lookups, 5 returns. */
  private static String action() {
    int p = ThreadLocalRandom.current().nextInt(92);
    return p < 62 ? "invoice" : p < 70 ? "redeem+invoice" : p < 72 ? "redeem+cancel" : p < 87 ? "lookup" : "return";
  }

  private static Member randomMember() {
    return MEMBERS.get(ThreadLocalRandom.current().nextInt(MEMBERS.size()));
  }

  private static void plan(Till till) {
    till.lines = Catalog.basket(ThreadLocalRandom.current());
    till.member = randomMember();
    till.credit = 0;
    till.redemptionId = null;
  }

  private static String invoiceBody(Till till) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long total = Catalog.total(till.lines);
    Member m = till.member;
    StringBuilder b = new StringBuilder(512);
    String number = till.nextInvoiceNumber();
    b.append("{\"invoiceNumber\":\"").append(number).append('"');
    b.append(random.nextBoolean() ? ",\"memberCode\":\"" + m.code() + "\"" : ",\"cardNumber\":\"" + m.card() + "\"");
    b.append(",\"issuedAt\":\"").append(OffsetDateTime.now(TEHRAN).format(ISSUED_AT)).append('"');
    b.append(",\"lines\":[");
    for (int i = 0; i < till.lines.size(); i++) {
      Catalog.Line l = till.lines.get(i);
      b.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(l.item().sku()).append("\",\"name\":\"").append(l.item().name())
          .append("\",\"productGroup\":\"").append(l.item().group()).append("\",\"quantity\":").append(l.quantity())
          .append(",\"unitPrice\":").append(l.item().unitPrice()).append('}');
    }
    b.append("],\"payments\":[");
    long rest = total;
    boolean first = true;
    if (till.redemptionId != null && till.credit > 0) {
      b.append("{\"method\":\"CREDIT\",\"amount\":").append(till.credit).append('}');
      rest -= till.credit;
      first = false;
    }
    if (rest > 0) {
      int how = random.nextInt(10);
      if (how == 0 && rest >= 20_000) {
        long cash = rest / 2 / 1_000 * 1_000;
        b.append(first ? "" : ",").append("{\"method\":\"CASH\",\"amount\":").append(cash).append("},{\"method\":\"CARD\",\"amount\":").append(rest - cash).append('}');
      } else {
        b.append(first ? "" : ",").append("{\"method\":\"").append(how < 5 ? "CARD" : "CASH").append("\",\"amount\":").append(rest).append('}');
      }
    }
    b.append(']');
    if (till.redemptionId != null) {
      b.append(",\"redemptionIds\":[\"").append(till.redemptionId).append("\"]");
    }
    b.append('}');
    // kept for the return of part of this invoice later
    till.number = number;
    return b.toString();
  }

  private static String key(Session session) {
    return ((Till) session.get("till")).idempotencyKey();
  }

  private static HttpRequestActionBuilder post(String name, String path) {
    return withChecks(http(name).post(path).header("Authorization", "#{auth}").header("Idempotency-Key", PosSimulation::key).body(StringBody("#{body}")));
  }

  /** Keeps status, time and, on a refusal, the body; Gatling counts anything but 200/201 as KO. */
  private static HttpRequestActionBuilder withChecks(HttpRequestActionBuilder request) {
    return request
        .check(status().saveAs("status"), responseTimeInMillis().saveAs("rt"))
        .checkIf((response, session) -> response.status().code() >= 300)
        .then(bodyString().saveAs("problem"))
        .check(status().in(200, 201));
  }

  private static int record(String endpoint, Session session) {
    int status = session.contains("status") ? session.getInt("status") : 0;
    int millis = session.contains("rt") ? session.getInt("rt") : -1;
    RECORDER.record(endpoint, status, millis, session.contains("problem") ? session.getString("problem") : null);
    return status;
  }

  private static Session clean(Session session) {
    return session.removeAll("status", "rt", "problem", "body", "path");
  }

  private static List<String> lines(String name) {
    try {
      return Files.readAllLines(FIXTURE.resolve(name), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no fixture at " + FIXTURE + " (run PosFixture first)", e);
    }
  }
}
