package ir.bashgah.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC on a given connection, for the few paths where the persistence context costs more than it gives (the till's). */
public final class Statements {
  /** Reads one row of a result. */
  public interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  /** The database refused a statement; {@link Constraints} reads its cause. */
  public static final class Failed extends RuntimeException {
    public Failed(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private Statements() {}

  /** Runs a query with one value per placeholder (null for NULL) and hands each row to {@code reader}. */
  public static void query(Connection connection, String sql, RowReader reader, Object... values) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, values);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    } catch (SQLException e) {
      throw new Failed(e);
    }
  }

  /** Runs an INSERT, UPDATE or DELETE; answers the rows it changed. */
  public static int update(Connection connection, String sql, Object... values) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, values);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new Failed(e);
    }
  }

  static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
  }
}
