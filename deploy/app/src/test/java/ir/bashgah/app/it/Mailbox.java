package ir.bashgah.app.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the shared platform node sends email to: GreenMail, in the test JVM, started before
 * the node and kept for the whole run. Tests share it, so they read only what reached their own addresses.
 */
final class Mailbox {
  static final String FROM = "club@bashgah.test";

  private static GreenMail server;

  private Mailbox() {}

  static synchronized int port() {
    if (server == null) {
      ServerSetup setup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
      server = new GreenMail(setup);
      server.start();
    }
    return server.getSmtp().getPort();
  }

  /** What has reached {@code address} so far, oldest first. */
  static synchronized List<MimeMessage> to(String address) {
    port();
    List<MimeMessage> mine = new ArrayList<>();
    for (MimeMessage m : server.getReceivedMessages()) {
      try {
        Address[] to = m.getAllRecipients();
        if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
          mine.add(m);
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return mine;
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
