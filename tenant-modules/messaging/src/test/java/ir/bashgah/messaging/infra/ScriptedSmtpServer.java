package ir.bashgah.messaging.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * An SMTP server that answers what a test scripts (RFC 5321's replies) for the commands it names and
 * 250 for the others: how a real server refuses a recipient (550), defers one (451), or goes silent.
 * GreenMail accepts everything, so these answers need a server of their own.
 */
final class ScriptedSmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Map<String, String> replies;
  private final boolean silent;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread thread;

  /** {@code replies}: a command's verb (MAIL, RCPT, DATA, ...) to the whole reply line it gets. */
  static ScriptedSmtpServer answering(Map<String, String> replies) throws IOException {
    return new ScriptedSmtpServer(replies, false);
  }

  /** Takes the connection and never says a word. */
  static ScriptedSmtpServer silent() throws IOException {
    return new ScriptedSmtpServer(Map.of(), true);
  }

  private ScriptedSmtpServer(Map<String, String> replies, boolean silent) throws IOException {
    this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    this.replies = replies;
    this.silent = silent;
    this.thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        if (silent) {
          closed.await();
          continue;
        }
        talk(client);
      } catch (IOException | InterruptedException e) {
        return;
      }
    }
  }

  private void talk(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
    say(out, "220 scripted.test ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
      String scripted = replies.get(verb);
      switch (verb) {
        case "EHLO", "HELO" -> say(out, scripted != null ? scripted : "250 scripted.test");
        case "DATA" -> {
          if (scripted != null) {
            say(out, scripted);
            continue;
          }
          say(out, "354 go on");
          while ((line = in.readLine()) != null && !line.equals(".")) {
            // the message itself: nothing to check here
          }
          say(out, replies.getOrDefault("BODY", "250 queued"));
        }
        case "QUIT" -> {
          say(out, "221 bye");
          return;
        }
        default -> say(out, scripted != null ? scripted : "250 ok");
      }
    }
  }

  private static void say(Writer out, String reply) throws IOException {
    out.write(reply + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    closed.countDown();
    socket.close();
  }
}
