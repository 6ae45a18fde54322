package ir.bashgah.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the person who typed {@code ./run} sees of the server: the banner, our own {@code [bashgah]}
 * lines, and warnings and errors, minus the few Payara prints at every start that need no action.
 * Everything, unfiltered and without colour codes, goes to the server's log file (the previous
 * start's is kept beside it as {@code server.log.1}). Verbose shows everything on the console too.
 *
 * <p>Payara Micro writes one record per log entry, starting {@code [2026-12-07T04:40:10.465+0000] []
 * [WARNING] [code] [logger] ...}; the lines up to the next record belong to it. What the application
 * prints to standard output itself (the banner) comes between records, fenced by lines of "=".
 */
final class ServerOutput implements Runnable {
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
  private static final Pattern RECORD = Pattern.compile("^\\[\\d{4}-\\d{2}-\\d{2}T[^]]*\\] \\[[^]]*\\] \\[(\\w+)\\]");
  private static final Pattern FENCE = Pattern.compile("^=+$");

  /**
   * Warnings Payara gives at every start that ask nothing of anyone: Micro's runtime folder lies under
   * /tmp (by design: the launcher keeps no root folder), the WAR's scanning class loader "leaking" the
   * JDBC driver it registered, and expired certificates in a trust store (the launcher hands Payara
   * the JDK's own, so these should not appear at all).
   */
  private static final List<String> NOISE = List.of(
      "Payara Micro Runtime directory is located in a temporary file location",
      "registered the JDBC driver [org.mariadb.jdbc.Driver] but failed to unregister it",
      "NCLS-SECURITY-05054");

  private final InputStream in;
  private final Path log;
  private final PrintStream console;
  private final boolean verbose;
  private boolean seenRecord;
  private boolean showRecord;
  private boolean inBanner;

  ServerOutput(InputStream in, Path log, PrintStream console, boolean verbose) {
    this.in = in;
    this.log = log;
    this.console = console;
    this.verbose = verbose;
  }

  /** Moves the last start's log aside; the new one is written as the server prints. */
  static Path prepare(Path logDir) throws IOException {
    Files.createDirectories(logDir);
    Path log = logDir.resolve("server.log");
    if (Files.exists(log)) {
      Files.move(log, logDir.resolve("server.log.1"), StandardCopyOption.REPLACE_EXISTING);
    }
    return log;
  }

  @Override
  public void run() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        String plain = ANSI.matcher(line).replaceAll("");
        file.write(plain);
        file.write('\n');
        // Flushed per line: the log is what one reads when the server dies or hangs.
        file.flush();
        if (verbose || shows(plain)) {
          console.println(line);
        }
      }
    } catch (IOException e) {
      console.println("[bashgah] the server's output could not be copied to " + log + ": " + e.getMessage());
    }
  }

  /** Decides per line, so that nothing the console shows waits for the next line to arrive. */
  boolean shows(String plain) {
    var record = RECORD.matcher(plain);
    if (record.find()) {
      seenRecord = true;
      inBanner = false;
      String level = record.group(1);
      showRecord = ("WARNING".equals(level) || "SEVERE".equals(level)) && NOISE.stream().noneMatch(plain::contains);
      return showRecord;
    }
    if (FENCE.matcher(plain.strip()).matches() && plain.strip().length() >= 20) {
      inBanner = !inBanner;
      showRecord = false;
      return true;
    }
    if (inBanner || plain.startsWith("[bashgah]")) {
      return true;
    }
    // Before Payara's first record only the JVM itself speaks (a bad option, a missing file): shown.
    // After it, a continuation of the current record (a stack trace, a multi-line message), shown with it.
    return !seenRecord || showRecord;
  }
}
