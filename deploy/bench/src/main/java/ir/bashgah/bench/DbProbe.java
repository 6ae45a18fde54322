package ir.bashgah.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of what the MariaDB server is doing, for pos-bench.sh to see where the time goes during a
 * load run: selected global counters (two snapshots give rates: statements, commits, row lock waits,
 * redo log writes and fsyncs), the connections by command and state, and the transactions waiting for
 * a row lock.
 *
 * <p>Usage: {@code java -cp <classes>:mariadb-java-client.jar ir.bashgah.bench.DbProbe <jdbcUrl> [--sql <statement>]...}:
 * with {@code --sql} it only runs the statements (e.g. {@code SET GLOBAL innodb_flush_log_at_trx_commit=1},
 * which the bench uses to measure both durability settings on the same embedded server; the embedded
 * MariaDB runs without grant tables, so any user may) and prints the setting of the redo log's flush.
 */
public final class DbProbe {
  private static final String COUNTERS = "'Questions','Com_commit','Com_select','Com_insert','Com_update','Innodb_row_lock_waits','Innodb_row_lock_time',"
      + "'Innodb_log_writes','Innodb_os_log_fsyncs','Innodb_data_fsyncs','Threads_running','Threads_connected','Innodb_deadlocks','Bytes_received','Bytes_sent',"
      + "'Com_set_option','Com_stmt_prepare','Com_stmt_execute','Com_stmt_close','Com_rollback','Com_change_db'";

  private DbProbe() {}

  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0], "bashgah", "bashgah"); Statement s = c.createStatement()) {
      if (args.length > 1) {
        for (int i = 1; i + 1 < args.length; i += 2) {
          if (!"--sql".equals(args[i])) {
            throw new IllegalArgumentException("expected --sql <statement>, got " + args[i]);
          }
          s.execute(args[i + 1]);
        }
        try (ResultSet r = s.executeQuery("SELECT @@global.innodb_flush_log_at_trx_commit")) {
          r.next();
          System.out.println("innodb_flush_log_at_trx_commit=" + r.getInt(1));
        }
        return;
      }
      System.out.println("at_ms=" + System.currentTimeMillis());
      try (ResultSet r = s.executeQuery("SELECT VARIABLE_NAME, VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN (" + COUNTERS.toUpperCase() + ")")) {
        while (r.next()) {
          System.out.println(r.getString(1).toLowerCase() + "=" + r.getString(2));
        }
      }
      Map<String, Integer> states = new TreeMap<>();
      try (ResultSet r = s.executeQuery("SELECT COMMAND, COALESCE(NULLIF(STATE, ''), '-') FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID()")) {
        while (r.next()) {
          states.merge(r.getString(1) + "/" + r.getString(2), 1, Integer::sum);
        }
      }
      states.forEach((k, v) -> System.out.println("connections " + k + ": " + v));
      try (ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(trx_state = 'LOCK WAIT'), 0) FROM information_schema.INNODB_TRX")) {
        r.next();
        System.out.println("open transactions: " + r.getLong(1) + ", waiting for a row lock: " + r.getLong(2));
      }
    }
  }
}
