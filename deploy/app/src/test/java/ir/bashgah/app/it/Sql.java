package ir.bashgah.app.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Straight to the test database, for what the API cannot do in a test's lifetime: letting time pass
 * for a lot or a grace period (moving its dates into the past), and reading what was stored.
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

  static long value(String sql, Object... params) {
    try (Connection c = connect(); PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
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
