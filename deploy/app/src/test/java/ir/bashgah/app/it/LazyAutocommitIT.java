package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.app.LocalMariaDbDataSource;
import ir.bashgah.kernel.persistence.CommitCarrier;
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
 * connection to see. They also carry statements with the commit, all or nothing.
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

  private static long commits(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE 'Com_commit'")) {
      rs.next();
      return rs.getLong(2);
    }
  }

  @Test
  void statementsSentWithTheCommitLandWithItOrNotAtAllAndARollbackDropsThem() throws SQLException {
    try (Connection c = pooled()) {
      CommitCarrier carrier = c.unwrap(CommitCarrier.class);

      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO " + TABLE + " VALUES (20, 'before')");
      }
      carrier.sendWithCommit("INSERT INTO " + TABLE + " VALUES (?, ?); UPDATE " + TABLE + " SET note = ? WHERE id = ?", new Object[] {21, "with the commit", "updated", 20});
      assertThat(seenByAnother(21)).as("nothing is sent before the commit").isFalse();
      long before = commits(c);
      c.commit();
      assertThat(commits(c) - before).as("one COMMIT, in the statements' round trip").isEqualTo(1);
      assertThat(seenByAnother(20)).isTrue();
      assertThat(seenByAnother(21)).isTrue();
      try (Connection other = plain(); Statement s = other.createStatement(); ResultSet rs = s.executeQuery("SELECT note FROM " + TABLE + " WHERE id = 20")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("updated");
      }

      // The second statement fails (id 20 exists): the first is not committed, nor the row before them.
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO " + TABLE + " VALUES (22, 'before a failure')");
      }
      carrier.sendWithCommit("INSERT INTO " + TABLE + " VALUES (?, 'fine'); INSERT INTO " + TABLE + " VALUES (?, 'a duplicate')", new Object[] {23, 20});
      assertThatThrownBy(c::commit).isInstanceOf(SQLException.class).hasMessageContaining("Duplicate entry");
      assertThat(seenByAnother(22)).as("the transaction's earlier row, rolled back").isFalse();
      assertThat(seenByAnother(23)).as("the statement before the failed one").isFalse();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE id IN (22, 23)")) {
        rs.next();
        assertThat(rs.getInt(1)).as("the session, back clean: none of it in a transaction of its own").isZero();
      }
      c.commit();

      carrier.sendWithCommit("INSERT INTO " + TABLE + " VALUES (?, 'dropped')", new Object[] {24});
      c.rollback();
      c.commit();
      assertThat(seenByAnother(24)).as("statements of a rolled-back transaction are never sent").isFalse();
      c.setAutoCommit(true);
    }
  }
}
