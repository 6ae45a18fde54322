package ir.bashgah.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A connection that switches the server session's autocommit only when a statement needs it. The
 * pool begins every transaction with {@code setAutoCommit(false)} and ends it with
 * {@code setAutoCommit(true)}; each is a round trip ({@code set autocommit=0|1}), two of the till's
 * seventeen per invoice, for a session that goes straight into the next transaction. Here the session
 * stays out of autocommit after a commit, and goes back into it just before a statement is made
 * outside a transaction, so what runs without one is still committed at once.
 *
 * <p>Statements are made and run within one transaction or one autocommitted call (EclipseLink and
 * the pool cache none across transactions), so checking when one is made is enough.
 */
final class LazyAutocommit implements InvocationHandler {
  private final Connection session;
  /** What the pool or the application last asked for. */
  private boolean autocommit;

  private LazyAutocommit(Connection session) throws SQLException {
    this.session = session;
    this.autocommit = session.getAutoCommit();
  }

  static Connection of(Connection session) throws SQLException {
    return (Connection) Proxy.newProxyInstance(LazyAutocommit.class.getClassLoader(), new Class<?>[] {Connection.class}, new LazyAutocommit(session));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    switch (method.getName()) {
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
}
