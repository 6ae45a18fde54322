package ir.bashgah.app.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The built WAR on a Payara Micro of its own, started the way a production node starts
 * ({@code java -jar payara-micro.jar --prebootcommandfile ... --deploy bashgah.war}) against the
 * MariaDB of {@link TestDatabase}.
 *
 * <p>One node serves every test class of the run ({@link #shared()}): a boot takes 20 to 40 seconds,
 * and a boot per class made the integration tests take half an hour. The node is started by the first
 * class that needs it and stopped when the run ends ({@link TestDatabase}). The tests stay independent
 * of each other because each one works in tenants of its own (slugs no other test uses) and calls from
 * client addresses of its own ({@link Api}); a test that needs the server in a state of its own at
 * start-up starts a node of its own ({@link #start()}) and is tagged own-node, which failsafe runs in
 * an execution of its own (deploy/app/pom.xml).
 */
final class PlatformNode implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(300);
  private static PlatformNode shared;
  private static RuntimeException sharedFailure;

  private final Process process;
  private final URL url;
  private final Path log;

  private PlatformNode(Process process, URL url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  /**
   * The node every test class shares, started on first use. A node that could not start is not tried
   * again: every later class fails at once with the same cause instead of waiting five minutes each.
   */
  static synchronized PlatformNode shared() {
    if (sharedFailure != null) {
      throw sharedFailure;
    }
    if (shared == null) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        sharedFailure = e;
        throw e;
      }
    }
    return shared;
  }

  /** Stops the shared node if it was started; called once the run is over. */
  static synchronized void stopShared() {
    if (shared != null) {
      shared.close();
      shared = null;
    }
  }

  /** A node of its own for the caller, which must close it; ready to serve when this answers. */
  static PlatformNode start() {
    Path work = Path.of(required("bashgah.it.work"));
    int port = freePort();
    Path log = work.resolve("payara-" + port + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-Duser.timezone=UTC");
    command.add("-Dbashgah.db.url=" + required(TestDatabase.URL_PROPERTY));
    command.add("-Dbashgah.db.user=" + System.getProperty("bashgah.it.db.user", "bashgah"));
    command.add("-Dbashgah.db.password=" + System.getProperty("bashgah.it.db.password", "bashgah"));
    command.add("-Dbashgah.admin.password=" + Api.ADMIN_PASSWORD);
    // Seconds, not the production minute: tests change a tenant's plan or status and look at once.
    command.add("-Dbashgah.tenancy.cache-seconds=1");
    // The tests tell their client address in X-Forwarded-For, which only a trusted proxy may.
    command.add("-Dbashgah.trusted-proxies=127.0.0.1,::1");
    command.add("-Dbashgah.metrics.token=metrics-test-token");
    // Rial per SMS part, so that a send's estimate shows a cost
    command.add("-Dbashgah.sms.part-price=1200");
    command.add("-Dbashgah.unleash.url=" + System.getProperty("bashgah.it.unleash.url", ""));
    // A club's own SMS line may point at a gateway faked on loopback by a test (ClubSmsLineIT); a send
    // that hangs is given up after two seconds rather than the production ten.
    command.add("-Dbashgah.sms.club-hosts=127.0.0.1");
    command.add("-Dbashgah.sms.timeout-seconds=2");
    // Web push posts to the browser's push service, which PushIT fakes on loopback; production refuses
    // loopback and private addresses (a member's browser names the endpoint).
    command.add("-Dbashgah.push.allow-local-endpoints=true");
    command.add("-Dbashgah.push.timeout-seconds=2");
    // email goes to a real SMTP server in this process (GreenMail), which the tests read
    command.add("-Dbashgah.smtp.host=127.0.0.1");
    command.add("-Dbashgah.smtp.port=" + Mailbox.port());
    command.add("-Dbashgah.smtp.tls=none");
    command.add("-Dbashgah.smtp.from=" + Mailbox.FROM);
    command.add("-Dbashgah.smtp.timeout-seconds=2");
    // a club's messenger bot may point at a bot API faked on loopback (MessengerIT), answered within two seconds
    command.add("-Dbashgah.messenger.hosts=api.telegram.org,tapi.bale.ai,127.0.0.1");
    command.add("-Dbashgah.messenger.timeout-seconds=2");
    command.add("-jar");
    command.add(payaraMicroJar().toString());
    command.add("--prebootcommandfile");
    command.add(required("bashgah.it.preboot"));
    command.add("--deploy");
    command.add(required("bashgah.war"));
    command.add("--port");
    command.add(Integer.toString(port));
    command.add("--nocluster");
    Process process;
    try {
      Files.createDirectories(work);
      process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("Payara Micro could not be started", e);
    }
    PlatformNode node = new PlatformNode(process, url("http://127.0.0.1:" + port + "/"), log);
    // A fork that dies without closing the run must not leave a server behind on the machine.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "payara-" + port + "-stop"));
    try {
      node.awaitReady();
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
    return node;
  }

  /** Where the platform answers, e.g. {@code http://127.0.0.1:40123/}. */
  /** The node's whole output: what the `log` gateways "send" is read here, as a member would read his phone. */
  Path log() {
    return log;
  }

  URL url() {
    return url;
  }

  /**
   * Ready means Payara Micro has said so (it says it once every {@code --deploy} is done) and the
   * WAR, not Payara's default page, answers under {@code /api/v1}.
   */
  private void awaitReady() {
    try {
      Awaitility.await("Payara Micro ready").atMost(STARTUP).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(this::ready);
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException("Payara Micro was not ready within " + STARTUP + ":\n" + tail());
    }
  }

  /** One look at the log and the port; a node that died or came up without the platform fails at once. */
  private boolean ready() {
    if (!process.isAlive()) {
      throw new IllegalStateException("Payara Micro stopped while starting (exit " + process.exitValue() + "):\n" + tail());
    }
    if (!logSays("Payara Micro URLs:") && !logSays(" ready in ")) {
      return false;
    }
    int status = status("api/v1/auth/me");
    // Without a token the platform answers 401; Payara's own answer for an unknown path is 404.
    if (status >= 200 && status < 500 && status != 404) {
      return true;
    }
    if (status == 404 && logSays("Payara Micro URLs:")) {
      throw new IllegalStateException("Payara Micro started without the platform under /api/v1:\n" + tail());
    }
    return false;
  }

  private int status(String path) {
    try {
      HttpURLConnection c = (HttpURLConnection) url.toURI().resolve(path).toURL().openConnection();
      c.setConnectTimeout(2_000);
      c.setReadTimeout(10_000);
      try {
        return c.getResponseCode();
      } finally {
        c.disconnect();
      }
    } catch (IOException | URISyntaxException e) {
      return -1;
    }
  }

  private boolean logSays(String text) {
    try {
      return Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())) + "\n(whole log: " + log + ")";
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** The payara-micro jar of the test classpath (fish.payara.extras:payara-micro, the version production runs). */
  private static Path payaraMicroJar() {
    try {
      Class<?> main = Class.forName("fish.payara.micro.PayaraMicro", false, PlatformNode.class.getClassLoader());
      return Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("payara-micro is not on the test classpath", e);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URL url(String s) {
    try {
      return URI.create(s).toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set: run the integration tests with Maven (failsafe sets it)");
    }
    return value;
  }
}
