package ir.bashgah.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JDBC floor of the till: what the database alone can do with the statements the API sends for
 * one invoice. N threads, each with its own connection to the same MariaDB server, write invoices in
 * a copy of the tenant's tables (a scratch schema made by {@code CREATE TABLE ... LIKE} and filled
 * with the tenant's rows, members included), one transaction per invoice, with the MariaDB driver the
 * application uses and the same isolation (the server default, REPEATABLE READ). No application
 * server, no HTTP, no JSON, no ORM: the API's invoices/s divided by this is the share of the
 * database's capacity that the application delivers.
 *
 * <p>The statements, their order and the transaction are in {@link Statements#invoice} and nowhere
 * else; update them whenever the server's write path for an invoice changes.
 *
 * <p>Usage: {@code java -cp <classes>:mariadb-java-client.jar ir.bashgah.bench.JdbcFloor <jdbcUrl>
 * <tenantSchema> <threads> <seconds> [warmupSeconds]}; the URL names the server only
 * ({@code jdbc:mariadb://127.0.0.1:PORT/}), as the application's does.
 */
public final class JdbcFloor {
  /** A member as the floor picks him: what a till would send (code or card) and his id. */
  record Member(long id, String code, String card) {}

  /**
   * The per-invoice statements of POST /api/v1/pos/invoices in the steady state of a busy till, in the
   * order the server sends them on its connection, as MariaDB's general log showed them on 2026-11-23
   * (these are the statements of the invoice before issue 11 moved the till to plain SQL with pending
   * writes sent together, seven round trips, docs/architecture.md; the floor still mirrors the older,
   * longer sequence, so it now overstates what the application costs the database)
   * (one invoice: {@code SET GLOBAL log_output='TABLE'; SET GLOBAL general_log=1;} post one invoice,
   * then {@code SELECT argument FROM mysql.general_log}). Server code they come from:
   *
   * <ol>
   *   <li>@Transactional (JTA) on PosResource.invoice: {@code set autocommit=0};
   *   <li>platform/web IdempotencyInterceptor: INSERT IGNORE the key ... (the last statement) UPDATE it
   *       with the stored answer;
   *   <li>tenant-modules/members MemberDirectory.byCode / byPresentedCard (the card by number, then the
   *       member by id): the member, all columns;
   *   <li>tenant-modules/loyalty RecordSale.record: Memberships.lock (the member's standing, locked),
   *       Grants.grant (JpaLedgerStore.lock: the balance, locked; Posting.receive: the balance UPDATE,
   *       ledger_entry and lot INSERTs, flushed by EclipseLink before the next native statement),
   *       SalesStore.addInvoice (invoice; invoice_line and invoice_payment each one multi-row INSERT),
   *       RankMember.rank (Standings.windowOf, Standings.save), then Balances.of (JpaLedgerStore.balancesOf)
   *       for the answer;
   *   <li>COMMIT, {@code set autocommit=1} when the JTA transaction ends.
   * </ol>
   *
   * Not sent in the steady state, so not mirrored: the terminal's API key, the tenant's catalogue row
   * and the programme's rules, which the server reads once every few seconds (ApiKeys, TenantDirectory,
   * Programmes caches); a member's first balance rows (opened at registration). Not mirrored either:
   * credit paid by a redemption (CreditRedemptions.useForInvoice), as the floor's invoices are paid in
   * cash or by card; the default programme earns no credit and pays no bonus.
   */
  static final class Statements {
    static final String IDEMPOTENCY_CLAIM = "INSERT IGNORE INTO idempotency_key (idem_key, scope, request_hash, created_at) VALUES (?, ?, ?, ?)";
    static final String MEMBER_COLUMNS = "ID, ACTIVE, ADDRESS, birth_date, CATEGORY, created_at, credit_active, education_degree,"
        + " education_field, EMAIL, external_ref, first_name, group_code, last_name, marriage_date, member_code, MOBILE,"
        + " mobile_index, national_code, national_code_index, NOTES, other_phones, PHONE, pin_failures, pin_hash,"
        + " pin_locked_until, postal_code, referrer_code, registered_branch, TITLE, updated_at, VERSION";
    static final String MEMBER_BY_CODE = "SELECT " + MEMBER_COLUMNS + " FROM member WHERE (member_code = ?)";
    static final String MEMBER_BY_ID = "SELECT " + MEMBER_COLUMNS + " FROM member WHERE (ID = ?)";
    static final String CARD_BY_NUMBER = "SELECT ID, card_number, card_type, expires_on, issued_at, member_id, replaced_by, STATUS, VERSION FROM card WHERE (card_number = ?)";
    static final String LOCK_STANDING = "SELECT member_id, programme_code, level_code, downgrade_due_at FROM member_standing WHERE member_id = ? FOR UPDATE";
    static final String LOCK_BALANCE = "SELECT ASSET, member_id, AVAILABLE, PENDING, updated_at FROM balance WHERE ((ASSET = ?) AND (member_id = ?)) FOR UPDATE";
    static final String UPDATE_BALANCE = "UPDATE balance SET AVAILABLE = ?, updated_at = ? WHERE ((ASSET = ?) AND (member_id = ?))";
    static final String LEDGER_ENTRY = "INSERT INTO ledger_entry (ID, ACTOR, AMOUNT, ASSET, balance_after, BUCKET, KIND, member_id, occurred_at, REASON, source_id,"
        + " source_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String LOT = "INSERT INTO lot (ID, ASSET, available_at, earned_at, entry_id, expires_at, member_id, ORIGINAL, PENDING, REMAINING)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INVOICE = "INSERT INTO invoice (id, branch_code, invoice_number, member_id, issued_at, sale_type, programme_code, total, eligible,"
        + " points_earned, points_entry_id, credit_earned, credit_entry_id, cashback, credit_redeemed, level_value, returned_total, created_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";
    static final String INVOICE_LINES = "INSERT INTO invoice_line (invoice_id, line_no, sku, name, product_group, quantity, unit_price, line_total) VALUES ";
    static final String INVOICE_PAYMENTS = "INSERT INTO invoice_payment (invoice_id, line_no, method, amount) VALUES ";
    static final String WINDOW = "SELECT COALESCE(SUM(CASE WHEN total > 0 THEN CAST(level_value AS DECIMAL(38)) * (total - returned_total) DIV total ELSE 0 END), 0),"
        + " COALESCE(SUM(CASE WHEN returned_total < total THEN 1 ELSE 0 END), 0),"
        + " COALESCE(SUM(CASE WHEN total > 0 THEN CAST(points_earned AS DECIMAL(38)) * (total - returned_total) DIV total ELSE 0 END), 0)"
        + " FROM invoice WHERE member_id = ? AND issued_at >= ?";
    static final String SAVE_STANDING = "UPDATE member_standing SET level_code = ?, downgrade_due_at = ?, turnover = ?, purchases = ?, window_points = ?, updated_at = ?"
        + " WHERE member_id = ?";
    static final String BALANCES = "SELECT ASSET, member_id, AVAILABLE, PENDING, updated_at FROM balance WHERE (member_id = ?)";
    static final String IDEMPOTENCY_ANSWER = "UPDATE idempotency_key SET status = ?, body = ?, location = ? WHERE idem_key = ?";

    private Statements() {}

    /** One invoice, one transaction, as POST /api/v1/pos/invoices does it; answers the points earned. */
    static long invoice(Connection c, Till till, Member member, boolean byCard, List<Catalog.Line> lines, String[] methods, long[] amounts)
        throws SQLException {
      Instant now = Instant.now();
      LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
      LocalDateTime issuedAt = at.minusMinutes(1);
      String number = till.nextInvoiceNumber();
      String key = till.nextIdempotencyKey();
      long total = Catalog.total(lines);

      c.setAutoCommit(false);
      try {
        update(c, IDEMPOTENCY_CLAIM, key, "POST /api/v1/pos/invoices", till.requestHash(number), at);
        if (byCard) {
          one(c, CARD_BY_NUMBER, member.card());
          one(c, MEMBER_BY_ID, member.id());
        } else {
          one(c, MEMBER_BY_CODE, member.code());
        }
        one(c, LOCK_STANDING, member.id());
        long eligible = 0;
        for (int i = 0; i < methods.length; i++) {
          eligible += methods[i].equals("CREDIT") ? 0 : amounts[i];
        }
        long points = eligible / 10_000;
        Long entry = null;
        if (points > 0) {
          long available;
          try (PreparedStatement s = prepare(c, LOCK_BALANCE, "POINTS", member.id()); ResultSet r = s.executeQuery()) {
            r.next();
            available = r.getLong(3) + points;
          }
          update(c, UPDATE_BALANCE, available, at, "POINTS", member.id());
          entry = Ids.next();
          update(c, LEDGER_ENTRY, entry, till.actor, points, "POINTS", available, "AVAILABLE", "EARN", member.id(), at, null, number, "invoice");
          update(c, LOT, Ids.next(), "POINTS", issuedAt, issuedAt, entry, null, member.id(), points, false, points);
        }
        long invoiceId = Ids.next();
        update(c, INVOICE, invoiceId, "b1", number, member.id(), issuedAt, null, "default", total, eligible, points, entry, 0L, null, 0L, 0L, total, at);
        Object[] lineValues = new Object[lines.size() * 8];
        for (int i = 0; i < lines.size(); i++) {
          Catalog.Line l = lines.get(i);
          System.arraycopy(new Object[] {invoiceId, i + 1, l.item().sku(), l.item().name(), l.item().group(), (long) l.quantity(), l.item().unitPrice(), l.total()},
              0, lineValues, i * 8, 8);
        }
        update(c, INVOICE_LINES + rows(lines.size(), 8), lineValues);
        Object[] paymentValues = new Object[methods.length * 4];
        for (int i = 0; i < methods.length; i++) {
          System.arraycopy(new Object[] {invoiceId, i + 1, methods[i], amounts[i]}, 0, paymentValues, i * 4, 4);
        }
        update(c, INVOICE_PAYMENTS + rows(methods.length, 4), paymentValues);
        long turnover;
        long purchases;
        long windowPoints;
        try (PreparedStatement s = prepare(c, WINDOW, member.id(), LocalDateTime.ofInstant(now.minus(180, ChronoUnit.DAYS), ZoneOffset.UTC));
            ResultSet r = s.executeQuery()) {
          r.next();
          turnover = r.getLong(1);
          purchases = r.getLong(2);
          windowPoints = r.getLong(3);
        }
        String level = turnover >= 100_000_000 ? "GOLD" : turnover >= 20_000_000 ? "SILVER" : "BRONZE";
        update(c, SAVE_STANDING, level, null, turnover, purchases, windowPoints, at, member.id());
        one(c, BALANCES, member.id());
        update(c, IDEMPOTENCY_ANSWER, 201, till.answer(number, total, points, level), null, key);
        c.commit();
        return points;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }

    private static String rows(int count, int columns) {
      String row = "(" + "?, ".repeat(columns - 1) + "?)";
      return String.join(", ", java.util.Collections.nCopies(count, row));
    }
  }

  /** One floor thread's terminal: its key, its numbering. */
  static final class Till {
    final int index;
    final String keyId;
    final String actor;
    final String run;
    long calls;
    long invoices;

    Till(int index, String keyId, String run) {
      this.index = index;
      this.keyId = keyId;
      this.actor = "terminal:b1/till-" + index;
      this.run = run;
    }

    String nextInvoiceNumber() {
      return "F" + index + "-" + run + "-" + (++invoices);
    }

    String nextIdempotencyKey() {
      return "floor-" + run + "-" + index + "-" + (++calls);
    }

    /** A SHA-256 hex string, as the interceptor stores (its value does not matter to the database). */
    String requestHash(String number) {
      return String.format("%064x", (long) number.hashCode() & 0xffffffffL);
    }

    /** A stored answer of the size and shape of the API's (about 700 bytes of JSON with the Persian receipt). */
    String answer(String number, long total, long points, String level) {
      return "{\"balance\":{\"credit\":0,\"points\":" + points + "},\"creditEarned\":0,\"creditRedeemed\":0,\"invoiceNumber\":\"" + number
          + "\",\"level\":\"" + level + "\",\"pointsEarned\":" + points + ",\"receipt\":[\"باشگاه مشتریان باشگاه بنچ\",\"فاکتور " + number
          + " — ۱۴۰۵/۰۹/۰۲ ۱۲:۰۰\",\"مبلغ کل: " + total + " ریال\",\"اعتبار استفاده‌شده: ۰ ریال\",\"امتیاز این خرید: " + points
          + "\",\"مانده امتیاز: " + points + "\",\"مانده اعتبار: ۰ ریال\",\"سطح شما: برنزی\",\"از خرید شما سپاسگزاریم\"],\"total\":" + total + "}";
    }
  }

  /** Time-ordered ids like the server's TSIDs (Ids.next): milliseconds in the high bits, a counter below. */
  static final class Ids {
    private static final AtomicLong LAST = new AtomicLong();

    static long next() {
      long candidate = (System.currentTimeMillis() - 1_577_836_800_000L) << 22;
      return LAST.updateAndGet(last -> Math.max(last + 1, candidate));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: JdbcFloor <jdbcUrl> <tenantSchema> <threads> <seconds> [warmupSeconds]");
      System.exit(2);
    }
    String url = args[0];
    String tenant = args[1];
    int threads = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    String scratch = tenant + "_floor";

    List<Member> members = new ArrayList<>();
    List<String> keyIds = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "bashgah", "bashgah"); Statement s = c.createStatement()) {
      long t0 = System.nanoTime();
      copySchema(s, tenant, scratch);
      c.setCatalog(scratch);
      try (ResultSet r = s.executeQuery("SELECT m.id, m.member_code, c.card_number FROM member m JOIN card c ON c.member_id = m.id")) {
        while (r.next()) {
          members.add(new Member(r.getLong(1), r.getString(2), r.getString(3)));
        }
      }
      try (ResultSet r = s.executeQuery("SELECT key_id FROM api_key ORDER BY created_at")) {
        while (r.next()) {
          keyIds.add(r.getString(1));
        }
      }
      System.out.printf("floor: copied schema %s to %s (%d members, %d terminal keys) in %d ms%n", tenant, scratch, members.size(), keyIds.size(),
          (System.nanoTime() - t0) / 1_000_000);
    }
    if (members.isEmpty() || keyIds.isEmpty()) {
      throw new IllegalStateException("the tenant has no members or no terminals");
    }

    String run = Long.toString(System.currentTimeMillis(), 36);
    long start = System.nanoTime();
    long startEpochMs = System.currentTimeMillis();
    long measureFrom = start + warmup * 1_000_000_000L;
    long measureTo = measureFrom + seconds * 1_000_000_000L;
    long[][] latencies = new long[threads][];
    int[] counts = new int[threads];
    long[] failures = new long[threads];
    CountDownLatch done = new CountDownLatch(threads);
    List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < threads; t++) {
      int index = t;
      Thread thread = new Thread(() -> {
        long[] mine = new long[1 << 16];
        int n = 0;
        Till till = new Till(index + 1, keyIds.get(index % keyIds.size()), run);
        Random random = ThreadLocalRandom.current();
        try (Connection c = DriverManager.getConnection(url, "bashgah", "bashgah")) {
          c.setCatalog(scratch);
          while (true) {
            long t0 = System.nanoTime();
            if (t0 >= measureTo) {
              break;
            }
            Member member = members.get(random.nextInt(members.size()));
            List<Catalog.Line> lines = Catalog.basket(random);
            long total = Catalog.total(lines);
            String[] methods;
            long[] amounts;
            int how = random.nextInt(10);
            if (how == 0 && total >= 20_000) {
              long cash = total / 2 / 1_000 * 1_000;
              methods = new String[] {"CASH", "CARD"};
              amounts = new long[] {cash, total - cash};
            } else {
              methods = new String[] {how < 5 ? "CARD" : "CASH"};
              amounts = new long[] {total};
            }
            try {
              Statements.invoice(c, till, member, random.nextBoolean(), lines, methods, amounts);
            } catch (SQLException e) {
              failures[index]++;
              if (errors.size() < 5) {
                errors.add(e.getMessage());
              }
              continue;
            }
            long t1 = System.nanoTime();
            if (t0 >= measureFrom && t1 <= measureTo) {
              if (n == mine.length) {
                mine = Arrays.copyOf(mine, n * 2);
              }
              mine[n++] = t1 - t0;
            }
          }
        } catch (SQLException e) {
          errors.add("thread " + index + ": " + e.getMessage());
        } finally {
          latencies[index] = Arrays.copyOf(mine, n);
          counts[index] = n;
          done.countDown();
        }
      }, "floor-" + t);
      thread.start();
    }
    done.await();

    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    long failed = Arrays.stream(failures).sum();
    double perSecond = all.length / (double) seconds;
    System.out.printf("JDBC floor: %d threads, %d s measured after %d s warm-up: %d invoices, %.0f invoices/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d failed%n",
        threads, seconds, warmup, all.length, perSecond, pct(all, .50), pct(all, .95), pct(all, .99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, failed);
    errors.forEach(e -> System.out.println("  error: " + e));
    System.out.printf("#values%nfloor_invoices_per_s=%.1f%nfloor_p50=%.1f%nfloor_p95=%.1f%nfloor_p99=%.1f%nfloor_failed=%d%nwindow_start_ms=%d%nwindow_end_ms=%d%n",
        perSecond, pct(all, .50), pct(all, .95), pct(all, .99), failed, startEpochMs + warmup * 1000L, startEpochMs + (warmup + seconds) * 1000L);
  }

  private static double pct(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** The tenant's tables, structure and rows, into a fresh scratch schema (the audit log's triggers are left out). */
  private static void copySchema(Statement s, String from, String to) throws SQLException {
    s.execute("DROP DATABASE IF EXISTS " + to);
    s.execute("CREATE DATABASE " + to);
    List<String> tables = new ArrayList<>();
    try (ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + from + "' AND table_type = 'BASE TABLE'")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    for (String table : tables) {
      s.execute("CREATE TABLE " + to + "." + table + " LIKE " + from + "." + table);
      s.execute("INSERT INTO " + to + "." + table + " SELECT * FROM " + from + "." + table);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... values) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof LocalDateTime t) {
        s.setTimestamp(i + 1, Timestamp.valueOf(t));
      } else {
        s.setObject(i + 1, v);
      }
    }
    return s;
  }

  private static void one(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, values); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        // read every column, as the ORM does
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          r.getObject(i);
        }
      }
    }
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, values)) {
      s.executeUpdate();
    }
  }
}
