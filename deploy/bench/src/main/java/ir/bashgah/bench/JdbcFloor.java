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
 * else; update them with the server's write path (programme rules, pending points, levels ...).
 *
 * <p>Usage: {@code java -cp <classes>:mariadb-java-client.jar ir.bashgah.bench.JdbcFloor <jdbcUrl>
 * <tenantSchema> <threads> <seconds> [warmupSeconds]}; the URL names the server only
 * ({@code jdbc:mariadb://127.0.0.1:PORT/}), as the application's does.
 */
public final class JdbcFloor {
  /** A member as the floor picks him: what a till would send (code or card) and his id. */
  record Member(long id, String code, String card) {}

  /**
   * The per-invoice statements of POST /api/v1/pos/invoices, in the order the server sends them on
   * its connection, as MariaDB's general log showed them for the commit of this file (one invoice:
   * {@code SET GLOBAL log_output='TABLE'; SET GLOBAL general_log=1;} post one invoice, then {@code
   * SELECT argument FROM mysql.general_log}). Server code they come from:
   *
   * <ol>
   *   <li>platform/security AuthenticationFilter -> ApiKeys.authenticate: the terminal's key, read
   *       outside the transaction (autocommit) on the connection the request then keeps;
   *   <li>@Transactional (JTA) on PosResource.invoice: {@code set autocommit=0};
   *   <li>platform/web IdempotencyInterceptor: INSERT IGNORE the key ... (the last statement) UPDATE it
   *       with the stored answer;
   *   <li>tenant-modules/members MemberDirectory.byCode / byPresentedCard (Members.byCode,
   *       byCardNumber + cardsOf): the member, all columns, and for a card also the member's cards;
   *   <li>tenant-modules/loyalty RecordSale.record: SalesStore.invoiceExists, SalesStore.programme,
   *       JpaLedgerStore.lock (SELECT ... FOR UPDATE; on a member's first points an INSERT IGNORE and
   *       the locking read again), Posting.receive (the balance UPDATE, ledger_entry and lot INSERTs,
   *       flushed by EclipseLink before the next native statement), SalesStore.addInvoice (invoice,
   *       invoice_line per line, invoice_payment per payment), SalesStore.turnoverSince,
   *       SalesStore.levelFor, SalesStore.saveStanding (upsert), then Balances.of
   *       (JpaLedgerStore.balancesOf + SalesStore.standingOf) for the answer;
   *   <li>COMMIT, {@code set autocommit=1} when the JTA transaction ends.
   * </ol>
   *
   * Not mirrored: credit paid by a redemption (CreditRedemptions.useForInvoice: SELECT redemption, its
   * locking re-read, UPDATE) as the floor's invoices are paid in cash or by card; the tenant-directory
   * read every 5 s (TenantDirectory cache).
   */
  static final class Statements {
    static final String API_KEY = "SELECT key_id, branch_code, created_at, LABEL, revoked_at, secret_hash, terminal_id FROM api_key WHERE (key_id = ?)";
    static final String IDEMPOTENCY_CLAIM = "INSERT IGNORE INTO idempotency_key (idem_key, scope, request_hash, created_at) VALUES (?, ?, ?, ?)";
    static final String MEMBER_COLUMNS = "t1.ID, t1.ACTIVE, t1.ADDRESS, t1.birth_date, t1.CATEGORY, t1.created_at, t1.credit_active, t1.education_degree,"
        + " t1.education_field, t1.EMAIL, t1.external_ref, t1.first_name, t1.group_code, t1.last_name, t1.marriage_date, t1.member_code, t1.MOBILE,"
        + " t1.mobile_index, t1.national_code, t1.national_code_index, t1.NOTES, t1.other_phones, t1.PHONE, t1.pin_failures, t1.pin_hash,"
        + " t1.pin_locked_until, t1.postal_code, t1.referrer_code, t1.registered_branch, t1.TITLE, t1.updated_at, t1.VERSION";
    static final String MEMBER_BY_CODE = "SELECT " + MEMBER_COLUMNS.replace("t1.", "") + " FROM member WHERE (member_code = ?)";
    static final String MEMBER_BY_CARD = "SELECT " + MEMBER_COLUMNS + " FROM card t0, member t1 WHERE ((t0.member_id = t1.ID) AND (t0.card_number = ?))";
    static final String CARDS_OF_MEMBER = "SELECT ID, card_number, card_type, expires_on, issued_at, member_id, replaced_by, STATUS, VERSION FROM card WHERE (member_id = ?) ORDER BY issued_at DESC";
    static final String INVOICE_EXISTS = "SELECT 1 FROM invoice WHERE branch_code = ? AND invoice_number = ?";
    static final String PROGRAMME = "SELECT rials_per_point, earning_methods, level_window_days FROM programme WHERE id = 1";
    static final String LOCK_BALANCE = "SELECT ASSET, member_id, AVAILABLE, PENDING, updated_at FROM balance WHERE ((ASSET = ?) AND (member_id = ?)) FOR UPDATE";
    static final String FIRST_BALANCE = "INSERT IGNORE INTO balance (member_id, asset, available, pending, updated_at) VALUES (?, ?, 0, 0, ?)";
    static final String UPDATE_BALANCE = "UPDATE balance SET AVAILABLE = ?, updated_at = ? WHERE ((ASSET = ?) AND (member_id = ?))";
    static final String LEDGER_ENTRY = "INSERT INTO ledger_entry (ID, ACTOR, AMOUNT, ASSET, balance_after, KIND, member_id, occurred_at, REASON, source_id, source_type)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String LOT = "INSERT INTO lot (ID, ASSET, available_at, earned_at, entry_id, expires_at, member_id, ORIGINAL, REMAINING) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INVOICE = "INSERT INTO invoice (id, branch_code, invoice_number, member_id, issued_at, sale_type, total, eligible, points_earned,"
        + " credit_earned, credit_redeemed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INVOICE_LINE = "INSERT INTO invoice_line (invoice_id, line_no, sku, name, product_group, quantity, unit_price, line_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INVOICE_PAYMENT = "INSERT INTO invoice_payment (invoice_id, line_no, method, amount) VALUES (?, ?, ?, ?)";
    static final String TURNOVER = "SELECT COALESCE(SUM(total), 0) FROM invoice WHERE member_id = ? AND issued_at >= ?";
    static final String LEVEL = "SELECT code, name_fa FROM level_rule WHERE min_turnover <= ? ORDER BY min_turnover DESC LIMIT 1";
    static final String STANDING = "INSERT INTO member_standing (member_id, level_code, turnover, updated_at) VALUES (?, ?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE level_code = VALUES(level_code), turnover = VALUES(turnover), updated_at = VALUES(updated_at)";
    static final String BALANCES = "SELECT ASSET, member_id, AVAILABLE, PENDING, updated_at FROM balance WHERE (member_id = ?)";
    static final String STANDING_OF = "SELECT s.level_code, r.name_fa FROM member_standing s JOIN level_rule r ON r.code = s.level_code WHERE s.member_id = ?";
    static final String IDEMPOTENCY_ANSWER = "UPDATE idempotency_key SET status = ?, body = ?, location = ? WHERE idem_key = ?";

    private Statements() {}

    /** One invoice, one transaction, as POST /api/v1/pos/invoices does it; answers the points earned. */
    static long invoice(Connection c, Till till, Member member, boolean byCard, List<Catalog.Line> lines, String[] methods, long[] amounts)
        throws SQLException {
      Instant now = Instant.now();
      LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
      String number = till.nextInvoiceNumber();
      String key = till.nextIdempotencyKey();
      long total = Catalog.total(lines);

      one(c, API_KEY, till.keyId);
      c.setAutoCommit(false);
      try {
        update(c, IDEMPOTENCY_CLAIM, key, "POST /api/v1/pos/invoices", till.requestHash(number), at);
        if (byCard) {
          one(c, MEMBER_BY_CARD, member.card());
          one(c, CARDS_OF_MEMBER, member.id());
        } else {
          one(c, MEMBER_BY_CODE, member.code());
        }
        one(c, INVOICE_EXISTS, "b1", number);
        long rialsPerPoint;
        int windowDays;
        try (PreparedStatement s = c.prepareStatement(PROGRAMME); ResultSet r = s.executeQuery()) {
          r.next();
          rialsPerPoint = r.getLong(1);
          windowDays = r.getInt(3);
        }
        long eligible = 0;
        for (int i = 0; i < methods.length; i++) {
          eligible += methods[i].equals("CREDIT") ? 0 : amounts[i];
        }
        long points = eligible / rialsPerPoint;
        if (points > 0) {
          long available = lockBalance(c, member.id(), "POINTS", at) + points;
          update(c, UPDATE_BALANCE, available, at, "POINTS", member.id());
          long entry = Ids.next();
          update(c, LEDGER_ENTRY, entry, till.actor, points, "POINTS", available, "EARN", member.id(), at, null, number, "invoice");
          update(c, LOT, Ids.next(), "POINTS", at, at, entry, null, member.id(), points, points);
        }
        long invoiceId = Ids.next();
        update(c, INVOICE, invoiceId, "b1", number, member.id(), at.minusMinutes(1), null, total, eligible, points, 0L, 0L, at);
        for (int i = 0; i < lines.size(); i++) {
          Catalog.Line l = lines.get(i);
          update(c, INVOICE_LINE, invoiceId, i + 1, l.item().sku(), l.item().name(), l.item().group(), (long) l.quantity(), l.item().unitPrice(), l.total());
        }
        for (int i = 0; i < methods.length; i++) {
          update(c, INVOICE_PAYMENT, invoiceId, i + 1, methods[i], amounts[i]);
        }
        long turnover;
        try (PreparedStatement s = prepare(c, TURNOVER, member.id(), LocalDateTime.ofInstant(now.minus(windowDays, ChronoUnit.DAYS), ZoneOffset.UTC));
            ResultSet r = s.executeQuery()) {
          r.next();
          turnover = r.getLong(1);
        }
        String level;
        try (PreparedStatement s = prepare(c, LEVEL, turnover); ResultSet r = s.executeQuery()) {
          r.next();
          level = r.getString(1);
        }
        update(c, STANDING, member.id(), level, turnover, at);
        one(c, BALANCES, member.id());
        one(c, STANDING_OF, member.id());
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

    /** JpaLedgerStore.lock: the balance row under its lock, made on the member's first movement of the asset. */
    private static long lockBalance(Connection c, long memberId, String asset, LocalDateTime at) throws SQLException {
      for (int attempt = 0; attempt < 2; attempt++) {
        try (PreparedStatement s = prepare(c, LOCK_BALANCE, asset, memberId); ResultSet r = s.executeQuery()) {
          if (r.next()) {
            return r.getLong(3);
          }
        }
        update(c, FIRST_BALANCE, memberId, asset, at);
      }
      throw new IllegalStateException("no balance row for member " + memberId);
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
