package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.EmailGateway;
import jakarta.mail.Authenticator;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email through an SMTP server with Jakarta Mail (API-2.md, "Third parties"; the implementation is the
 * one Payara Micro ships, Eclipse Angus). One message per connection: a club's email is a few
 * receipts a minute or a bulk send paced by the outbox, and a connection held between runs would be
 * one more thing for a server to drop.
 *
 * <p>What the server answers decides between later and never: a 4xx reply, a timeout or no
 * connection is worth another try; a 5xx reply about the recipient, or an address that does not
 * parse, is not. A refused login holds the email ({@link Held}): the operator must fix the settings,
 * and the club's messages wait for that, however long, rather than running out of tries.
 */
public final class SmtpEmailGateway implements EmailGateway {
  /** How the connection to the server is protected: none, STARTTLS after connecting, or TLS from the start (SMTPS). */
  public enum Tls {
    NONE,
    STARTTLS,
    TLS
  }

  /** The platform's SMTP settings (BASHGAH_SMTP_*); {@code user} null means no login. */
  public record Settings(String host, int port, String user, String password, String from, Tls tls, Duration timeout) {}

  /** An SMTP reply's code at the start of a server's answer, as Jakarta Mail's exceptions carry it ("550 5.1.1 ..."). */
  private static final Pattern REPLY = Pattern.compile("^\\s*([2-5]\\d\\d)[ -]");

  private final Settings settings;
  private final Session session;
  private final InternetAddress from;
  private final String domain;

  public SmtpEmailGateway(Settings settings) {
    this.settings = settings;
    try {
      this.from = new InternetAddress(settings.from(), true);
    } catch (AddressException e) {
      throw new IllegalStateException("BASHGAH_SMTP_FROM is not an email address: " + settings.from(), e);
    }
    String address = from.getAddress();
    this.domain = address.substring(address.indexOf('@') + 1);
    this.session = Session.getInstance(properties(settings), settings.user() == null ? null : new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.user(), settings.password() == null ? "" : settings.password());
      }
    });
  }

  private static Properties properties(Settings s) {
    String millis = Long.toString(s.timeout().toMillis());
    String protocol = s.tls() == Tls.TLS ? "smtps" : "smtp";
    Properties p = new Properties();
    p.put("mail.transport.protocol", protocol);
    p.put("mail." + protocol + ".host", s.host());
    p.put("mail." + protocol + ".port", Integer.toString(s.port()));
    p.put("mail." + protocol + ".connectiontimeout", millis);
    p.put("mail." + protocol + ".timeout", millis);
    p.put("mail." + protocol + ".writetimeout", millis);
    p.put("mail." + protocol + ".auth", Boolean.toString(s.user() != null));
    if (s.tls() == Tls.STARTTLS) {
      // required, not merely enabled: a server that stops offering it must not get the password in the clear
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (s.tls() != Tls.NONE) {
      p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return p;
  }

  @Override
  public String name() {
    return "smtp";
  }

  @Override
  public Result send(long localId, Email email) {
    MimeMessage message;
    try {
      message = compose(localId, email);
    } catch (AddressException e) {
      return new Refused("not an email address: " + email.to());
    } catch (MessagingException | UnsupportedEncodingException e) {
      return new Refused("the email could not be written: " + e.getMessage());
    }
    try (Transport transport = session.getTransport()) {
      transport.connect();
      transport.sendMessage(message, message.getAllRecipients());
      return new Sent(messageId(localId), null);
    } catch (AuthenticationFailedException e) {
      return new Held("the SMTP server refused the platform's login (BASHGAH_SMTP_USER/_PASSWORD): " + oneLine(e.getMessage()));
    } catch (MessagingException e) {
      return answer(e);
    }
  }

  /** What a failed send means: 5xx about the message or its recipient is for good, the rest is worth a retry. */
  static Result answer(MessagingException e) {
    Integer code = null;
    String text = null;
    for (Throwable t = e; t != null; t = next(t)) {
      if (t instanceof SocketTimeoutException) {
        return new Retry("the SMTP server did not answer in time");
      }
      if (t instanceof ConnectException || t instanceof UnknownHostException) {
        return new Retry("no connection to the SMTP server: " + oneLine(t.getMessage()));
      }
      Matcher m = t.getMessage() == null ? null : REPLY.matcher(t.getMessage());
      if (code == null && m != null && m.find()) {
        code = Integer.parseInt(m.group(1));
        text = oneLine(t.getMessage());
      }
    }
    if (code != null && code >= 500) {
      return new Refused("the SMTP server refused it: " + text);
    }
    if (code == null && e instanceof SendFailedException f && f.getInvalidAddresses() != null && f.getInvalidAddresses().length > 0) {
      return new Refused("the SMTP server refused the address: " + oneLine(e.getMessage()));
    }
    return new Retry(code == null ? "the SMTP exchange failed: " + oneLine(e.getMessage()) : "the SMTP server deferred it: " + text);
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  MimeMessage compose(long localId, Email email) throws MessagingException, UnsupportedEncodingException {
    String messageId = "<" + messageId(localId) + ">";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    String sender = email.senderName() == null || email.senderName().isBlank() ? null : email.senderName().strip();
    message.setFrom(new InternetAddress(from.getAddress(), sender, StandardCharsets.UTF_8.name()));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
    message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
    message.setHeader("Content-Language", "fa");

    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(RtlHtml.of(email.subject(), email.text()), StandardCharsets.UTF_8.name(), "html");
    // text first, HTML last: a reader shows the last part it can
    MimeMultipart body = new MimeMultipart("alternative", plain, html);
    message.setContent(body);
    message.saveChanges();
    return message;
  }

  private String messageId(long localId) {
    return localId + ".bashgah@" + domain.toLowerCase(Locale.ROOT);
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  Settings settings() {
    return settings;
  }
}
