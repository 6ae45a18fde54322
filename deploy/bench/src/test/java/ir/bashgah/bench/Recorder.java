package ir.bashgah.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulation's own account of the measured window: per endpoint every response time (ms, as
 * Gatling measures it) and every status, refusals by status and problem type. A call counts when it
 * started after the warm-up and ended before the window closed. The one refusal the mix expects, a
 * redemption answered 422 insufficient-credit (members with little credit), is counted apart from
 * errors.
 */
final class Recorder {
  static final List<String> ENDPOINTS = List.of("invoice", "lookup", "redemption", "cancel", "return");
  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"[^\"]*?([a-z-]+)\"");

  private static final class Series {
    private int[] millis = new int[1 << 14];
    private int size;
    private long ok;

    synchronized void add(int ms, boolean success) {
      if (size == millis.length) {
        millis = Arrays.copyOf(millis, size * 2);
      }
      millis[size++] = ms;
      if (success) {
        ok++;
      }
    }

    synchronized int[] sorted() {
      int[] copy = Arrays.copyOf(millis, size);
      Arrays.sort(copy);
      return copy;
    }

    synchronized long ok() {
      return ok;
    }
  }

  private final Map<String, Series> series = new LinkedHashMap<>();
  private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
  private final LongAdder outside = new LongAdder();
  private volatile long warmupEnd = Long.MAX_VALUE;
  private volatile long windowEnd = Long.MAX_VALUE;
  private int durationSeconds;

  Recorder() {
    ENDPOINTS.forEach(e -> series.put(e, new Series()));
  }

  synchronized void startOnce(int warmupSeconds, int durationSeconds) {
    if (warmupEnd == Long.MAX_VALUE) {
      long now = System.currentTimeMillis();
      this.durationSeconds = durationSeconds;
      warmupEnd = now + warmupSeconds * 1000L;
      windowEnd = warmupEnd + durationSeconds * 1000L;
    }
  }

  void record(String endpoint, int status, int millis, String problem) {
    long now = System.currentTimeMillis();
    if (millis < 0 || now - millis < warmupEnd || now > windowEnd) {
      outside.increment();
      return;
    }
    boolean success = status >= 200 && status < 300;
    series.get(endpoint).add(millis, success);
    if (!success) {
      String type = "-";
      if (problem != null) {
        Matcher m = TYPE.matcher(problem);
        if (m.find()) {
          type = m.group(1);
        }
      }
      refusals.computeIfAbsent(endpoint + " " + (status == 0 ? "no-answer" : Integer.toString(status)) + " " + type, k -> new LongAdder()).increment();
    }
  }

  private static boolean expected(String refusal) {
    return refusal.equals("redemption 422 insufficient-credit");
  }

  private long total() {
    return series.values().stream().mapToLong(s -> s.sorted().length).sum();
  }

  double requestsPerSecond() {
    return total() / (double) durationSeconds;
  }

  double invoicesPerSecond() {
    return series.get("invoice").ok() / (double) durationSeconds;
  }

  private static int pct(int[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }

  String summary(int terminals, int members, int warmup) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("POS mix: %d terminals, %d members, %d s measured after a %d s warm-up%n", terminals, members, durationSeconds, warmup));
    b.append(String.format("throughput: %.0f requests/s, %.0f invoices/s (invoices answered 201)%n%n", requestsPerSecond(), invoicesPerSecond()));
    b.append(String.format("| endpoint | calls | share | 2xx | per s | p50 ms | p95 ms | p99 ms | max ms |%n"));
    b.append(String.format("|---|---:|---:|---:|---:|---:|---:|---:|---:|%n"));
    long all = Math.max(1, total());
    series.forEach((name, s) -> {
      int[] sorted = s.sorted();
      if (sorted.length > 0) {
        b.append(String.format("| %s | %d | %.1f %% | %d | %.0f | %d | %d | %d | %d |%n", name, sorted.length, 100.0 * sorted.length / all, s.ok(),
            sorted.length / (double) durationSeconds, pct(sorted, .50), pct(sorted, .95), pct(sorted, .99), sorted[sorted.length - 1]));
      }
    });
    Map<String, Long> sortedRefusals = new TreeMap<>();
    refusals.forEach((k, v) -> sortedRefusals.put(k, v.sum()));
    long expected = sortedRefusals.entrySet().stream().filter(e -> expected(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    long errors = sortedRefusals.entrySet().stream().filter(e -> !expected(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    b.append(String.format("%nnon-2xx answers: %d expected business refusals, %d errors%n", expected, errors));
    sortedRefusals.forEach((k, v) -> b.append(String.format("  %-60s %8d%s%n", k, v, expected(k) ? "  (expected: a member with too little credit)" : "  ERROR")));
    b.append(String.format("(calls outside the measured window, not counted: %d)%n", outside.sum()));
    return b.toString();
  }

  /** The figures pos-bench.sh reads back, one key=value a line after a marker. */
  String keyValues() {
    StringBuilder b = new StringBuilder("\n#values\n");
    b.append("window_start_ms=").append(warmupEnd).append('\n');
    b.append("window_end_ms=").append(windowEnd).append('\n');
    b.append("requests_per_s=").append(String.format("%.1f", requestsPerSecond())).append('\n');
    b.append("invoices_per_s=").append(String.format("%.1f", invoicesPerSecond())).append('\n');
    series.forEach((name, s) -> {
      int[] sorted = s.sorted();
      b.append(name).append("_calls=").append(sorted.length).append('\n');
      b.append(name).append("_p50=").append(pct(sorted, .50)).append('\n');
      b.append(name).append("_p95=").append(pct(sorted, .95)).append('\n');
      b.append(name).append("_p99=").append(pct(sorted, .99)).append('\n');
    });
    long expected = refusals.entrySet().stream().filter(e -> expected(e.getKey())).mapToLong(e -> e.getValue().sum()).sum();
    long errors = refusals.entrySet().stream().filter(e -> !expected(e.getKey())).mapToLong(e -> e.getValue().sum()).sum();
    b.append("expected_refusals=").append(expected).append('\n');
    b.append("errors=").append(errors).append('\n');
    return b.toString();
  }
}
