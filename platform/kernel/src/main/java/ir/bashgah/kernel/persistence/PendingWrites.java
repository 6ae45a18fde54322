package ir.bashgah.kernel.persistence;

import ir.bashgah.kernel.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The transaction's writes that nothing reads back before they are needed, sent to the database
 * together: one round trip (a multi-statement) instead of one per row. The till's invoice writes a
 * balance, a ledger entry, a lot, the invoice with its lines and payments and the member's standing;
 * one at a time they were half of its round trips (docs/BENCHMARKS.md, "The till: issue 11").
 *
 * <p>They are sent when {@link #send()} is called (a writer that must see its own constraint fail, as
 * an invoice number already used, sends at once), before any statement the persistence provider runs
 * in the transaction (so no query misses them), and at the latest with the transaction's commit, in its
 * round trip ({@link CommitCarrier}). They run on the transaction's own connection, in its tenant's
 * schema.
 */
@ApplicationScoped
public class PendingWrites {
  private static final Object KEY = PendingWrites.class;

  @Resource TransactionSynchronizationRegistry registry;
  @Inject EntityManager em;

  /**
   * The data source the persistence context takes its connections from (handed over when its session
   * starts, {@link #connectThrough}). Within a transaction the pool answers the transaction's own
   * connection from it, the one the persistence context uses, as a handle of our own that stays open
   * until the end. Payara gives the persistence context its own resource for the pool: asked under
   * the application's name, the pool would open a second connection, outside the persistence
   * context's commit.
   */
  private static volatile DataSource source;

  /** The persistence provider's data source, once it has it. */
  public static void connectThrough(DataSource dataSource) {
    source = dataSource;
  }

  /**
   * The transaction's connection, in the tenant's schema, with the transaction's claim (if any) made:
   * nothing run on it can come before the claim.
   */
  public Connection connection() {
    Batch batch = batch();
    batch.sendClaim();
    return batch.connection();
  }

  /**
   * A row that must be inserted before anything else of the transaction runs, and whose existence
   * means the transaction must not go on (an idempotency key already used). It goes with the
   * transaction's next query in one round trip, or alone ahead of anything else it sends. When the row
   * exists already (after waiting, as any insert does, for a transaction that holds it to end), the
   * call that sent it raises {@link Taken}, nothing pending is sent, and the transaction is marked to
   * roll back, since what the caller may have begun in it must not commit.
   */
  public void claim(String insertSql, Object... values) {
    Batch batch = batch();
    if (batch.claimSql != null || !batch.statements.isEmpty()) {
      throw new IllegalStateException("A claim must be the transaction's first write, and its only one");
    }
    batch.claimSql = insertSql;
    batch.claimValues = values;
  }

  /** Sends the claim now if it has not gone yet (a call that ran no statement at all). */
  public void sendClaim() {
    Batch batch = (Batch) registry.getResource(KEY);
    if (batch != null) {
      batch.sendClaim();
    }
  }

  /** The row a {@link #claim} inserts exists already. Carries no database exception, so that nothing maps it to another conflict. */
  public static final class Taken extends RuntimeException {
    Taken(String message) {
      super(message, null, false, false);
    }

    /** Whether {@code e} or one of its causes is a refused claim. */
    public static boolean in(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof Taken) {
          return true;
        }
      }
      return false;
    }
  }

  /** A statement to run before the transaction's next read, with one value per placeholder (null for NULL). */
  public void add(String sql, Object... values) {
    batch().add(sql, values);
  }

  /** Whether a transaction is active on this thread (the pending writes need one). */
  public boolean inTransaction() {
    return registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
  }

  /**
   * Runs a query of the transaction after what is pending, in the same round trip: the pending writes
   * and the query go as one multi-statement, and each row of the query's result goes to {@code reader}.
   * With nothing pending it is a plain query on the transaction's connection.
   */
  public void query(String sql, Statements.RowReader reader, Object... values) {
    Batch batch = batch();
    if (batch.statements.isEmpty() && batch.claimSql == null) {
      Statements.query(batch.connection(), sql, reader, values);
      return;
    }
    batch.add(sql, values);
    batch.send(reader);
  }

  /** Sends what is pending now. */
  public void send() {
    Batch batch = (Batch) registry.getResource(KEY);
    if (batch != null) {
      batch.send();
    }
  }

  /**
   * Something the transaction keeps until it ends (the ledger's rows it has locked, so that a second
   * look at one answers the same object with its pending changes).
   */
  @SuppressWarnings("unchecked")
  public <T> T ofTransaction(Object key, Supplier<T> make) {
    T value = (T) registry.getResource(key);
    if (value == null) {
      value = make.get();
      registry.putResource(key, value);
    }
    return value;
  }

  private Batch batch() {
    Batch batch = (Batch) registry.getResource(KEY);
    if (batch == null) {
      current = registry;
      // The persistence context joins the transaction's connection now: until a transaction writes
      // through it, EclipseLink reads through a second, non-transactional connection, which would not
      // see these writes.
      em.unwrap(Connection.class);
      batch = new Batch(open(), TenantContext.schema(), registry);
      registry.putResource(KEY, batch);
      Batch sending = batch;
      registry.registerInterposedSynchronization(new Synchronization() {
        @Override
        public void beforeCompletion() {
          if (registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            sending.sendWithCommit();
          }
        }

        @Override
        public void afterCompletion(int status) {
          sending.clear();
          try {
            sending.connection.close();
          } catch (SQLException e) {
            // the handle only: the pool has the connection back already
          }
        }
      });
    }
    return batch;
  }

  private Connection open() {
    if (source == null) {
      throw new IllegalStateException("The persistence context has not started: no data source for pending writes yet");
    }
    try {
      return source.getConnection();
    } catch (SQLException e) {
      throw new Statements.Failed(e);
    }
  }

  /**
   * For the persistence provider, before each of its statements: sends the current transaction's
   * pending writes, if it has any.
   */
  public static void sendBeforeStatement() {
    TransactionSynchronizationRegistry registry = current;
    if (registry == null || registry.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
      return;
    }
    Batch batch = (Batch) registry.getResource(KEY);
    if (batch != null) {
      batch.send();
    }
  }

  /** The registry, for the persistence provider's hook; set before the first batch exists, so none is missed. */
  private static volatile TransactionSynchronizationRegistry current;

  private static final class Batch {
    final Connection connection;
    final String schema;
    final TransactionSynchronizationRegistry registry;
    final List<String> statements = new ArrayList<>();
    final List<Object> values = new ArrayList<>();
    String claimSql;
    Object[] claimValues;

    Batch(Connection connection, String schema, TransactionSynchronizationRegistry registry) {
      this.connection = connection;
      this.schema = schema;
      this.registry = registry;
    }

    /** The claim alone, if it is still to be made. */
    void sendClaim() {
      if (claimSql == null) {
        return;
      }
      String sql = claimSql;
      Object[] bound = claimValues;
      claimSql = null;
      claimValues = null;
      try (PreparedStatement ps = connection().prepareStatement(sql)) {
        Statements.bind(ps, bound);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw refused(e);
      }
    }

    /**
     * What a failure of a round trip that carried the claim means. Only the claim can fail on a
     * duplicate key (it goes alone or with one query), so that error is the claim's; then nothing
     * pending may be sent and the transaction must not commit.
     */
    RuntimeException refused(SQLException e) {
      if (!Constraints.isDuplicateKey(e)) {
        return new Statements.Failed(e);
      }
      clear();
      registry.setRollbackOnly();
      return new Taken("The claimed row exists already");
    }

    /**
     * The connection in the tenant's schema, as the persistence context's are (TenantRoutingCustomizer),
     * every time: the pool puts a connection back into its first schema when another handle of it is
     * closed (the persistence context's, after each of its statements). The driver sends nothing when
     * the connection is in that schema already.
     */
    Connection connection() {
      try {
        connection.setCatalog(schema);
        return connection;
      } catch (SQLException e) {
        throw new Statements.Failed(e);
      }
    }

    void add(String sql, Object... params) {
      statements.add(sql);
      for (Object v : params) {
        values.add(v);
      }
    }

    void clear() {
      statements.clear();
      values.clear();
      claimSql = null;
      claimValues = null;
    }

    void send() {
      send(null);
    }

    /**
     * At the transaction's end (its last synchronisation, after the persistence context has written
     * what it holds): what is still pending goes with the commit, in its round trip, when the
     * connection can carry it ({@link CommitCarrier}); else now, as before any other statement.
     */
    void sendWithCommit() {
      sendClaim();
      if (statements.isEmpty()) {
        return;
      }
      try {
        // in the tenant's schema now: nothing runs between this and the commit that could move it
        Connection c = connection();
        if (c.isWrapperFor(CommitCarrier.class)) {
          String sql = String.join("; ", statements);
          Object[] bound = values.toArray();
          clear();
          c.unwrap(CommitCarrier.class).sendWithCommit(sql, bound);
          return;
        }
      } catch (SQLException e) {
        throw new Statements.Failed(e);
      }
      send();
    }

    /** Sends the statements; the last one's rows, if {@code reader} is given, go to it. */
    void send(Statements.RowReader reader) {
      boolean withClaim = false;
      if (claimSql != null) {
        if (reader != null && statements.size() == 1) {
          // the claim and the query that follows it in one round trip
          statements.add(0, claimSql);
          values.addAll(0, Arrays.asList(claimValues));
          claimSql = null;
          claimValues = null;
          withClaim = true;
        } else {
          sendClaim();
        }
      }
      if (statements.isEmpty()) {
        return;
      }
      // One statement stays a server-side prepared one (the driver caches it); several go as one
      // text multi-statement, which the driver binds on the client side (allowMultiQueries).
      String sql = statements.size() == 1 ? statements.get(0) : "/*client prepare*/" + String.join("; ", statements);
      Object[] bound = values.toArray();
      clear();
      try (PreparedStatement ps = connection().prepareStatement(sql)) {
        Statements.bind(ps, bound);
        boolean rows = ps.execute();
        // Every statement's result is read, so that an error in a later one is raised here.
        while (true) {
          if (rows && reader != null) {
            try (ResultSet rs = ps.getResultSet()) {
              while (rs.next()) {
                reader.read(rs);
              }
            }
          } else if (!rows && ps.getUpdateCount() == -1) {
            break;
          }
          rows = ps.getMoreResults();
        }
      } catch (SQLException e) {
        throw withClaim ? refused(e) : new Statements.Failed(e);
      }
    }
  }
}
