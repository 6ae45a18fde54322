package ir.bashgah.app;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB's data source seen only as a plain {@link DataSource}. Given the driver's own class, Payara
 * sees that it is also an XADataSource and makes an XA pool, which costs every transaction extra
 * round trips (XA START/END/COMMIT) for nothing: one database, one resource per transaction.
 */
public class LocalMariaDbDataSource implements DataSource {
  /**
   * Driver options added to the URL unless it names them itself. Server-side prepared statements,
   * kept per connection: the till sends the same few dozen statements all day, and with them MariaDB
   * no longer parses each one again, nor the driver rewrites each with its parameters (docs/BENCHMARKS.md,
   * "The till: issue 11 levers"). The driver keys its cache by schema and SQL, so a statement
   * prepared in one tenant's schema is never run in another's. 100 per connection keeps the pool's 96
   * connections under MariaDB's default max_prepared_stmt_count (16,382). Multi-statements for the
   * writes a transaction sends together (kernel's PendingWrites): every value of them is bound as a
   * parameter, never written into the SQL. The system property
   * {@code bashgah.db.driver-options} replaces the list (empty: the driver's own defaults).
   */
  static final String DRIVER_OPTIONS = "useServerPrepStmts=true&prepStmtCacheSize=100&allowMultiQueries=true";

  private final MariaDbDataSource delegate = new MariaDbDataSource();

  public void setUrl(String url) throws SQLException {
    delegate.setUrl(withOptions(url, System.getProperty("bashgah.db.driver-options", DRIVER_OPTIONS)));
  }

  /** {@code url} with each {@code name=value} of {@code options} it does not name already. */
  static String withOptions(String url, String options) {
    StringBuilder result = new StringBuilder(url);
    int query = url.indexOf('?');
    String named = query < 0 ? "" : "&" + url.substring(query + 1).toLowerCase(Locale.ROOT);
    for (String option : options.split("&")) {
      int eq = option.indexOf('=');
      if (eq <= 0 || named.contains("&" + option.substring(0, eq).toLowerCase(Locale.ROOT) + "=")) {
        continue;
      }
      result.append(result.indexOf("?") < 0 ? '?' : '&').append(option);
    }
    return result.toString();
  }

  public String getUrl() {
    return delegate.getUrl();
  }

  public void setUser(String user) throws SQLException {
    delegate.setUser(user);
  }

  public String getUser() {
    return delegate.getUser();
  }

  public void setPassword(String password) throws SQLException {
    delegate.setPassword(password);
  }

  /** Each connection switches autocommit only when a statement needs it ({@link LazyAutocommit}). */
  @Override
  public Connection getConnection() throws SQLException {
    return LazyAutocommit.of(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return LazyAutocommit.of(delegate.getConnection(username, password));
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
