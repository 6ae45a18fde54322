package ir.bashgah.app.it;

import ir.bashgah.embedded.EmbeddedMariaDb;
import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one embedded MariaDB for the integration-test run (failsafe sets bashgah.it.work) before any
 * test class, and publishes its URL as the system property that {@link PlatformNode} hands to Payara Micro.
 * A server named by BASHGAH_DB_URL is used instead when set. When the run ends it stops the Payara
 * Micro node the test classes shared ({@link PlatformNode}), then the database.
 */
public class TestDatabase implements LauncherSessionListener {
  public static final String URL_PROPERTY = "bashgah.it.db.url";
  private EmbeddedMariaDb db;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String work = System.getProperty("bashgah.it.work");
    if (work == null || System.getProperty(URL_PROPERTY) != null) {
      return;
    }
    String external = System.getenv("BASHGAH_DB_URL");
    if (external != null && !external.isBlank()) {
      System.setProperty(URL_PROPERTY, external);
      return;
    }
    Path dir = Path.of(work);
    // 2, not the durable 1 of ./run: this database is thrown away after the run, so a power cut's lost
    // second costs nothing, while a disk sync per commit would slow every test that writes.
    db = EmbeddedMariaDb.start(dir.resolve("mariadb-" + ProcessHandle.current().pid()), dir.resolve("mariadb-base"), true, 2);
    System.setProperty(URL_PROPERTY, db.jdbcUrl());
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    PlatformNode.stopShared();
    if (db != null) {
      db.close();
    }
  }
}
