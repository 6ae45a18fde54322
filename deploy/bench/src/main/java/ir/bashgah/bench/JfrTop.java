package ir.bashgah.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where Payara's request threads spend their CPU, from a Flight Recorder file (pos-bench.sh makes one
 * with PROFILE=1): the execution samples of the http-thread-pool threads, each charged to the
 * library of its nearest non-JDK frame (so a HashMap.get inside EclipseLink counts as EclipseLink),
 * then the application's own methods and chosen spots counted inclusively (a sample counts for every
 * listed method on its stack).
 *
 * <p>Usage: {@code java -cp deploy/bench/target/classes ir.bashgah.bench.JfrTop payara.jfr}
 */
public final class JfrTop {
  private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

  static {
    LIBRARIES.put("ir.bashgah.", "Bashgah's own code");
    LIBRARIES.put("org.eclipse.persistence.", "EclipseLink (queries, unit of work, flush)");
    LIBRARIES.put("org.mariadb.jdbc.", "MariaDB JDBC driver");
    LIBRARIES.put("com.sun.gjc.", "Payara connection pool (JDBC wrappers)");
    LIBRARIES.put("com.sun.enterprise.resource.", "Payara connection pool");
    LIBRARIES.put("com.sun.enterprise.connectors.", "Payara connection pool");
    LIBRARIES.put("com.sun.enterprise.transaction.", "JTA transaction manager");
    LIBRARIES.put("com.sun.jts.", "JTA transaction manager");
    LIBRARIES.put("com.sun.enterprise.container.common.impl.EntityManager", "container EntityManager wrapper");
    LIBRARIES.put("org.eclipse.yasson.", "JSON-B (Yasson)");
    LIBRARIES.put("org.glassfish.json.", "JSON-P");
    LIBRARIES.put("org.glassfish.jersey.", "Jersey (JAX-RS)");
    LIBRARIES.put("org.jboss.weld.", "Weld (CDI, interceptors)");
    LIBRARIES.put("org.glassfish.weld.", "Weld (CDI, interceptors)");
    LIBRARIES.put("org.jvnet.hk2.", "HK2 (Jersey's injection)");
    LIBRARIES.put("org.glassfish.hk2.", "HK2 (Jersey's injection)");
    LIBRARIES.put("org.glassfish.grizzly.", "Grizzly (HTTP)");
    LIBRARIES.put("org.apache.catalina.", "servlet container");
    LIBRARIES.put("org.glassfish.wasp.", "servlet container");
    LIBRARIES.put("com.sun.enterprise.server.logging.", "logging");
    LIBRARIES.put("fish.payara.logging.", "logging");
    LIBRARIES.put("fish.payara.enterprise.server.logging.", "logging");
    LIBRARIES.put("java.util.logging.", "logging");
    LIBRARIES.put("com.ibm.icu.", "ICU4J (Persian receipt)");
    LIBRARIES.put("fish.payara.microprofile.", "Payara MicroProfile (telemetry, metrics, ...)");
    LIBRARIES.put("io.opentelemetry.", "Payara MicroProfile (telemetry, metrics, ...)");
    LIBRARIES.put("com.github.f4b6a3.", "TSID ids");
    LIBRARIES.put("com.google.i18n.", "libphonenumber");
  }

  private static final List<String> SPOTS = List.of(
      "ir.bashgah.pos.web.PosResource.invoice", "ir.bashgah.pos.web.PosResource.lookup", "ir.bashgah.pos.web.PosResource.redeem",
      "ir.bashgah.pos.web.PosResource.cancel", "ir.bashgah.pos.web.PosResource.giveBack",
      "ir.bashgah.web.idempotency.IdempotencyInterceptor.around", "ir.bashgah.web.idempotency.IdempotencyInterceptor.hash",
      "ir.bashgah.security.web.AuthenticationFilter.filter", "ir.bashgah.security.application.TerminalKeys.authenticate",
      "ir.bashgah.web.RequestContextFilter.filter", "ir.bashgah.loyalty.api.RecordSale.record", "ir.bashgah.pos.web.PersianReceipt.of",
      "ir.bashgah.loyalty.api.Balances.of", "ir.bashgah.members.api.MemberDirectory.byCode", "ir.bashgah.members.api.MemberDirectory.byPresentedCard",
      "ir.bashgah.members.api.MemberDirectory.byMobile", "ir.bashgah.members.api.MemberPins.verify", "ir.bashgah.audit.application.RecordAudit.record",
      "ir.bashgah.tenancy.infra.TenantRoutingCustomizer$Router.postAcquireConnection",
      "org.eclipse.persistence.internal.jpa.EntityManagerImpl.flush", "org.eclipse.persistence.internal.sessions.UnitOfWorkImpl.commitToDatabaseWithChangeSet",
      "org.eclipse.persistence.internal.jpa.QueryImpl.performPreQueryFlush",
      "org.eclipse.persistence.sessions.server.ServerSession.acquireClientSession",
      "com.sun.enterprise.connectors.ConnectionManagerImpl.allocateConnection",
      "com.sun.enterprise.transaction.JavaEETransactionManagerSimplified.commit",
      "org.mariadb.jdbc.client.impl.StandardClient.readPacket", "java.util.logging.Logger.log",
      "org.eclipse.yasson.internal.JsonBinding.toJson", "org.eclipse.yasson.internal.JsonBinding.fromJson");

  /** JDK work that should not happen per request once warm: where it is called from is printed apart. */
  private static final List<String> SUSPECTS = List.of("java.util.zip.ZipFile", "java.util.jar.JarFile", "jdk.internal.loader.URLClassPath",
      "java.lang.ClassLoader.loadClass", "java.lang.Throwable.fillInStackTrace", "java.lang.ClassLoader.getResource");

  private JfrTop() {}

  public static void main(String[] args) throws Exception {
    Map<String, Integer> byLibrary = new HashMap<>();
    Map<String, Integer> spots = new HashMap<>();
    Map<String, Integer> ownSelf = new HashMap<>();
    Map<String, Integer> suspects = new HashMap<>();
    int samples = 0;
    try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
      while (file.hasMoreEvents()) {
        RecordedEvent e = file.readEvent();
        if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getThread("sampledThread") == null
            || e.getStackTrace() == null) {
          continue;
        }
        String thread = e.getThread("sampledThread").getJavaName();
        if (thread == null || !thread.startsWith("http-thread-pool")) {
          continue;
        }
        samples++;
        List<RecordedFrame> frames = e.getStackTrace().getFrames();
        String library = "JDK only (no library frame in the sampled stack)";
        for (RecordedFrame f : frames) {
          String name = f.getMethod().getType().getName();
          if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("com.sun.proxy.")) {
            continue;
          }
          library = LIBRARIES.entrySet().stream().filter(l -> name.startsWith(l.getKey())).map(Map.Entry::getValue).findFirst()
              .orElse("other: " + name.replaceAll("^((?:[^.]+\\.){3}).*", "$1"));
          if (name.startsWith("ir.bashgah.")) {
            ownSelf.merge(name + "." + f.getMethod().getName(), 1, Integer::sum);
          }
          break;
        }
        byLibrary.merge(library, 1, Integer::sum);
        suspect(frames, suspects);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
          String method = f.getMethod().getType().getName() + "." + f.getMethod().getName();
          if (SPOTS.contains(method) && seen.add(method)) {
            spots.merge(method, 1, Integer::sum);
          }
        }
      }
    }
    System.out.printf("%d execution samples of Payara's request threads%n%n-- by library (nearest non-JDK frame)%n", samples);
    print(byLibrary, samples, 40);
    System.out.printf("%n-- inclusive: a sample counts for every one of these on its stack%n");
    print(spots, samples, 40);
    System.out.printf("%n-- Bashgah's own methods as nearest non-JDK frame%n");
    print(ownSelf, samples, 15);
    System.out.printf("%n-- class loading, jar lookups and exceptions on the request path, by the first non-JDK callers%n");
    print(suspects, samples, 15);
  }

  /** Charges a sample with a suspect JDK frame to that frame and the first three library frames that called it. */
  private static void suspect(List<RecordedFrame> frames, Map<String, Integer> suspects) {
    for (int i = 0; i < frames.size(); i++) {
      String method = frames.get(i).getMethod().getType().getName() + "." + frames.get(i).getMethod().getName();
      if (SUSPECTS.stream().noneMatch(method::startsWith)) {
        continue;
      }
      StringBuilder chain = new StringBuilder(method);
      int callers = 0;
      for (int j = i + 1; j < frames.size() && callers < 3; j++) {
        String name = frames.get(j).getMethod().getType().getName();
        if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
          continue;
        }
        chain.append(" <- ").append(name.replaceAll(".*\\.", "")).append('.').append(frames.get(j).getMethod().getName());
        callers++;
      }
      suspects.merge(chain.toString(), 1, Integer::sum);
      return;
    }
  }

  private static void print(Map<String, Integer> counts, int total, int limit) {
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
        .forEach(e -> System.out.printf("  %5.1f %%  %6d  %s%n", 100.0 * e.getValue() / Math.max(1, total), e.getValue(), e.getKey()));
  }
}
