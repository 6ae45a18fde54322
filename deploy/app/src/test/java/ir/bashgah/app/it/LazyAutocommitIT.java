package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.app.LocalMariaDbDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application's connections switch the session's autocommit only when a statement needs it
 * (LocalMariaDbDataSource): the pool's transactions follow each other without a `set autocommit`
 * pair, and whatever runs outside a transaction is still committed at once, for every other
 * connection to see.
 */
class LazyAutocommitIT extends RunningPlatform {
  /** A schema of its own, so that no club's or the platform's tables change. */
  private static final String SCHEMA = "probe_lazy_autocommit";
  private static final String TABLE = "probe";

  @BeforeAll
  static void table() throws SQLException {
    try (Connection c = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA);
      c.setCatalog(SCHEMA);
      s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id INT PRIMARY KEY, note VARCHAR(20))");
      s.execute("DELETE FROM " + TABLE);
    }
  }

  private static Connection plain() throws SQLException {
    Connection c = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
    c.setCatalog(SCHEMA);
    return c;
  }

  private static Connection pooled() throws SQLException {
    LocalMariaDbDataSource source = new LocalMariaDbDataSource();
    source.setUrl(System.getProperty(TestDatabase.URL_PROPERTY));
    source.setUser("bashgah");
    source.setPassword("bashgah");
    Connection c = source.getConnection();
    c.setCatalog(SCHEMA);
    return c;
  }

  private static long setOptionCommands(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Com_set_option'")) {
      rs.next();
      return rs.getLong(2);
    }
  }

  private static boolean seenByAnother(int id) throws SQLException {
    try (Connection other = plain(); Statement s = other.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE id = " + id)) {
      rs.next();
      return rs.getInt(1) == 1;
    }
  }

  /** As the pool runs a transaction: out of autocommit, the work, commit, back into autocommit. */
  private static void transaction(Connection c, int id) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO " + TABLE + " VALUES (" + id + ", 'in a transaction')");
    }
    c.commit();
    c.setAutoCommit(true);
  }

  @Test
  void transactionsOneAfterAnotherSendNoSetAutocommitAndWorkOutsideOneIsCommittedAtOnce() throws SQLException {
    try (Connection c = pooled()) {
      transaction(c, 1);
      long before = setOptionCommands(c);
      for (int id = 2; id <= 6; id++) {
        transaction(c, id);
      }
      // Two at most, where the pool's pairs were ten: into the first transaction (the session was in
      // autocommit for the count before it), and back into autocommit for this count, made outside one.
      assertThat(setOptionCommands(c) - before).as("set autocommit sent for five transactions").isLessThanOrEqualTo(2);
      assertThat(seenByAnother(6)).as("the last transaction's row, committed").isTrue();
      assertThat(c.getAutoCommit()).as("what the pool asked for").isTrue();

      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO " + TABLE + " VALUES (7, 'autocommitted')");
      }
      assertThat(seenByAnother(7)).as("a write outside any transaction, seen by another connection at once").isTrue();

      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO " + TABLE + " VALUES (8, 'rolled back')");
      }
      assertThat(seenByAnother(8)).as("a transaction's row before its commit").isFalse();
      c.rollback();
      c.setAutoCommit(true);
      assertThat(seenByAnother(8)).as("a rolled-back row").isFalse();
    }
  }
}
