package ir.bashgah.app;

import ir.bashgah.kernel.persistence.CommitCarrier;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A connection that switches the server session's autocommit only when a statement needs it. The
 * pool begins every transaction with {@code setAutoCommit(false)} and ends it with
 * {@code setAutoCommit(true)}; each is a round trip ({@code set autocommit=0|1}), two of the till's
 * seventeen per invoice, for a session that goes straight into the next transaction. Here the session
 * stays out of autocommit after a commit, and goes back into it just before a statement is made
 * outside a transaction, so what runs without one is still committed at once.
 *
 * <p>It also carries statements with its commit ({@link CommitCarrier}): the transaction's last pending
 * writes and the COMMIT go in one round trip, one fewer for every call that writes.
 *
 * <p>Statements are made and run within one transaction or one autocommitted call (EclipseLink and
 * the pool cache none across transactions), so checking when one is made is enough.
 */
final class LazyAutocommit implements InvocationHandler {
  private final Connection session;
  /** What the pool or the application last asked for. */
  private boolean autocommit;
  /** Statements to send with the next commit ({@link CommitCarrier}), and their values. */
  private String withCommit;
  private Object[] withCommitValues;

  private LazyAutocommit(Connection session) throws SQLException {
    this.session = session;
    this.autocommit = session.getAutoCommit();
  }

  static Connection of(Connection session) throws SQLException {
    return (Connection) Proxy.newProxyInstance(LazyAutocommit.class.getClassLoader(), new Class<?>[] {Connection.class, CommitCarrier.class},
        new LazyAutocommit(session));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
      case "sendWithCommit" -> {
        withCommit = (String) args[0];
        withCommitValues = (Object[]) args[1];
        return null;
      }
      case "commit" -> {
        if (withCommit != null) {
          commitWith();
          return null;
        }
      }
      case "rollback", "close" -> {
        withCommit = null;
        withCommitValues = null;
      }
      case "setAutoCommit" -> {
        autocommit = (Boolean) args[0];
        // Into a transaction at once (the driver sends nothing when the session is already there);
        // back into autocommit only when a statement needs it (below).
        if (!autocommit) {
          session.setAutoCommit(false);
        }
        return null;
      }
      case "getAutoCommit" -> {
        return autocommit;
      }
      case "createStatement", "prepareStatement", "prepareCall", "getMetaData" -> {
        if (autocommit && !session.getAutoCommit()) {
          session.setAutoCommit(true);
        }
      }
      case "unwrap" -> {
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return proxy;
        }
      }
      case "isWrapperFor" -> {
        if (((Class<?>) args[0]).isInstance(proxy)) {
          return true;
        }
      }
      case "equals" -> {
        return proxy == args[0];
      }
      case "hashCode" -> {
        return System.identityHashCode(proxy);
      }
      default -> {
        // every other call goes to the session as it is
      }
    }
    try {
      return method.invoke(session, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * The statements and the COMMIT in one round trip. MariaDB runs a multi-statement in order and stops
   * at the first error, so the COMMIT runs only after all of them; on an error the transaction is
   * rolled back here, so that the session goes back to the pool clean, and the error reaches the
   * transaction manager as a failed commit.
   */
  private void commitWith() throws SQLException {
    String sql = withCommit;
    Object[] values = withCommitValues;
    withCommit = null;
    withCommitValues = null;
    try (PreparedStatement ps = session.prepareStatement("/*client prepare*/" + sql + "; COMMIT")) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      ps.execute();
      // every result is read, so that an error in a later statement is raised here
      while (ps.getMoreResults() || ps.getUpdateCount() != -1) {
        // next result
      }
    } catch (SQLException e) {
      try {
        session.rollback();
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
  }
}
