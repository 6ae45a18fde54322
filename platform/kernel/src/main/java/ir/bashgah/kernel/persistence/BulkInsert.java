package ir.bashgah.kernel.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Many rows of one table written as multi-row {@code INSERT ... VALUES (...), (...), ...} statements
 * on the caller's connection. MariaDB parses and plans each statement once, so a thousand rows cost
 * it a few statements instead of a thousand; JDBC batches of single-row inserts left the database
 * thread busy parsing (docs/BENCHMARKS.md, member import). Rows are buffered until {@link #flush()}.
 */
public final class BulkInsert implements AutoCloseable {
  private final Connection connection;
  private final String head;
  private final String tuple;
  private final int columns;
  private final int rowsPerStatement;
  private final List<Object[]> rows = new ArrayList<>();
  private PreparedStatement full;

  /**
   * @param head the statement up to VALUES, e.g. {@code INSERT INTO lot (id, member_id) VALUES}
   * @param tuple one row's values with {@code columns} placeholders, e.g. {@code (?, ?, FALSE)}
   */
  public BulkInsert(Connection connection, String head, String tuple, int rowsPerStatement) {
    this.connection = connection;
    this.head = head;
    this.tuple = tuple;
    this.columns = (int) tuple.chars().filter(ch -> ch == '?').count();
    this.rowsPerStatement = rowsPerStatement;
  }

  /** Adds a row: one value per placeholder of the tuple, in order (null for NULL). */
  public void add(Object... values) {
    if (values.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
    }
    rows.add(values);
  }

  public int size() {
    return rows.size();
  }

  /** Writes every row added since the last flush. */
  public void flush() throws SQLException {
    int done = 0;
    while (rows.size() - done >= rowsPerStatement) {
      if (full == null) {
        full = connection.prepareStatement(sql(rowsPerStatement));
      }
      execute(full, done, rowsPerStatement);
      done += rowsPerStatement;
    }
    if (done < rows.size()) {
      try (PreparedStatement rest = connection.prepareStatement(sql(rows.size() - done))) {
        execute(rest, done, rows.size() - done);
      }
    }
    rows.clear();
  }

  private void execute(PreparedStatement s, int from, int count) throws SQLException {
    int p = 1;
    for (int r = from; r < from + count; r++) {
      for (Object value : rows.get(r)) {
        s.setObject(p++, value);
      }
    }
    s.executeUpdate();
  }

  private String sql(int count) {
    StringBuilder sql = new StringBuilder(head.length() + count * (tuple.length() + 2)).append(head).append(' ');
    for (int i = 0; i < count; i++) {
      sql.append(i == 0 ? "" : ", ").append(tuple);
    }
    return sql.toString();
  }

  @Override
  public void close() throws SQLException {
    if (full != null) {
      full.close();
    }
  }
}
