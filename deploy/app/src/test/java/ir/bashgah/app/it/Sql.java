package ir.bashgah.app.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Straight to the test database, for what the API cannot do in a test's lifetime: letting time pass
 * for a lot or a grace period (moving its dates into the past), reading what was stored, and trying
 * what the database must refuse.
 */
final class Sql {
  private Sql() {}

  static int update(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params)) {
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@code sql} in {@code schema} with its guard trigger {@code trigger} lifted for that statement
   * only, then puts the trigger back exactly as it was: a lot's dates never change in the application,
   * so letting time pass for one is what only someone who may drop triggers can do.
   */
  static int updateUnguarded(String schema, String trigger, String sql, Object... params) {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      c.setCatalog(schema);
      String create;
      try (ResultSet rs = s.executeQuery("SHOW CREATE TRIGGER `" + schema + "`.`" + trigger + "`")) {
        rs.next();
        // Made again by whoever runs the test: the definer recorded may be no user at all.
        create = rs.getString("SQL Original Statement").replaceFirst("^CREATE\\s+DEFINER=\\S+\\s+TRIGGER", "CREATE TRIGGER");
      }
      s.execute("DROP TRIGGER `" + schema + "`.`" + trigger + "`");
      try (PreparedStatement update = prepare(c, sql, params)) {
        return update.executeUpdate();
      } finally {
        s.execute(create);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@code sql} in a transaction that is rolled back whatever happens, and answers the database's
   * refusal, or null when it did not refuse.
   */
  static SQLException refusal(String sql, Object... params) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement s = prepare(c, sql, params)) {
        s.executeUpdate();
        return null;
      } catch (SQLException refused) {
        return refused;
      } finally {
        c.rollback();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long value(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every row of a query, each as its columns' strings. */
  static List<List<String>> rows(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
      List<List<String>> rows = new ArrayList<>();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      s.setObject(i + 1, params[i]);
    }
    return s;
  }
}
