package ir.bashgah.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The ledger's invariants after a load run, in SQL on a tenant's schema (docs/architecture.md, Money and
 * the ledger): for every member and asset that has a balance row, an entry or a lot, the sum of the
 * entries equals the balance's available amount, and so does the sum of the lots' remaining amounts.
 * Prints the number of pairs that differ (0 when the ledger is consistent) and exits 1 otherwise.
 *
 * <p>Usage: {@code java -cp <classes>:mariadb-java-client.jar ir.bashgah.bench.LedgerCheck <jdbcUrl> <schema>...}
 */
public final class LedgerCheck {
  private static final String CHECK = """
      SELECT COUNT(*),
             COALESCE(SUM(COALESCE(e.total, 0) <> COALESCE(b.available, 0)), 0),
             COALESCE(SUM(COALESCE(l.total, 0) <> COALESCE(b.available, 0)), 0),
             COALESCE(SUM(b.available < 0), 0)
      FROM (SELECT member_id, asset FROM balance
            UNION SELECT member_id, asset FROM ledger_entry
            UNION SELECT member_id, asset FROM lot) k
      LEFT JOIN balance b ON b.member_id = k.member_id AND b.asset = k.asset
      LEFT JOIN (SELECT member_id, asset, SUM(amount) total FROM ledger_entry GROUP BY member_id, asset) e
             ON e.member_id = k.member_id AND e.asset = k.asset
      LEFT JOIN (SELECT member_id, asset, SUM(remaining) total FROM lot GROUP BY member_id, asset) l
             ON l.member_id = k.member_id AND l.asset = k.asset
      """;

  private LedgerCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LedgerCheck <jdbcUrl> <schema>...");
      System.exit(2);
    }
    long differences = 0;
    try (Connection c = DriverManager.getConnection(args[0], "bashgah", "bashgah")) {
      for (int i = 1; i < args.length; i++) {
        c.setCatalog(args[i]);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(CHECK)) {
          r.next();
          long pairs = r.getLong(1);
          long entries = r.getLong(2);
          long lots = r.getLong(3);
          long negative = r.getLong(4);
          long entryRows;
          try (Statement s2 = c.createStatement(); ResultSet r2 = s2.executeQuery("SELECT COUNT(*) FROM ledger_entry")) {
            r2.next();
            entryRows = r2.getLong(1);
          }
          System.out.printf("ledger check of %s: %d member-asset pairs, %d entries; SUM(entries) <> balance: %d; SUM(lots.remaining) <> balance: %d;"
              + " negative balances: %d%n", args[i], pairs, entryRows, entries, lots, negative);
          System.out.printf("#values%nledger_%s_differences=%d%n", args[i], entries + lots + negative);
          differences += entries + lots + negative;
        }
      }
    }
    System.exit(differences == 0 ? 0 : 1);
  }
}
