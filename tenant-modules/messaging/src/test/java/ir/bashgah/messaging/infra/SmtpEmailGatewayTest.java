package ir.bashgah.messaging.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ir.bashgah.messaging.domain.message.EmailGateway;
import ir.bashgah.messaging.domain.message.Gateway;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Email through a real SMTP server in process (GreenMail), and through one scripted to refuse, defer or stay silent. */
class SmtpEmailGatewayTest {
  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("club@bashgah.test", "platform", "s3cret"));

  static final EmailGateway.Email RECEIPT = new EmailGateway.Email("sara@example.ir", "کافه نادری", "امتیاز شما: ۱۲۰",
      "سارا جان سلام،\nبا خرید امروز ۱۲۰ امتیاز گرفتی.\n\nکارت باشگاه: https://club.example/p/naderi/");

  static SmtpEmailGateway gateway(int port, String user, String password, Duration timeout) {
    return new SmtpEmailGateway(new SmtpEmailGateway.Settings("127.0.0.1", port, user, password, "club@bashgah.test", SmtpEmailGateway.Tls.NONE, timeout));
  }

  @Test
  void anEmailArrivesAsPersianTextAndRightToLeftHtmlFromTheClubsName() throws Exception {
    Gateway.Result result = gateway(smtp.getSmtp().getPort(), "platform", "s3cret", Duration.ofSeconds(5)).send(7001L, RECEIPT);

    assertThat(result).isEqualTo(new Gateway.Sent("7001.bashgah@bashgah.test", null));
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("امتیاز شما: ۱۲۰");
    assertThat(mail.getHeader("Subject")[0]).startsWith("=?UTF-8?");
    InternetAddress from = (InternetAddress) mail.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("club@bashgah.test");
    assertThat(from.getPersonal()).isEqualTo("کافه نادری");
    assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("sara@example.ir");
    assertThat(mail.getMessageID()).isEqualTo("<7001.bashgah@bashgah.test>");

    MimeMultipart body = (MimeMultipart) mail.getContent();
    assertThat(body.getContentType()).startsWith("multipart/alternative");
    BodyPart text = body.getBodyPart(0);
    BodyPart html = body.getBodyPart(1);
    assertThat(text.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
    assertThat((String) text.getContent()).contains("با خرید امروز ۱۲۰ امتیاز گرفتی.");
    assertThat(html.getContentType()).contains("text/html").containsIgnoringCase("charset=UTF-8");
    assertThat((String) html.getContent()).contains("<html lang=\"fa\" dir=\"rtl\">")
        .contains("سارا جان سلام،<br>با خرید امروز ۱۲۰ امتیاز گرفتی.")
        .contains("<a href=\"https://club.example/p/naderi/\" dir=\"ltr\">");
  }

  @Test
  void aNameInTheTextIsShownAsTextInTheHtmlNeverAsMarkup() throws Exception {
    EmailGateway.Email email = new EmailGateway.Email("sara@example.ir", "Club", "Hi", "Dear <script>alert(1)</script> & co");
    gateway(smtp.getSmtp().getPort(), "platform", "s3cret", Duration.ofSeconds(5)).send(7002L, email);

    MimeMultipart body = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
    assertThat((String) body.getBodyPart(1).getContent()).contains("Dear &lt;script&gt;alert(1)&lt;/script&gt; &amp; co").doesNotContain("<script>");
  }

  @Test
  void aRefusedLoginHoldsTheEmailWithTheSettingToFix() {
    Gateway.Result result = gateway(smtp.getSmtp().getPort(), "platform", "wrong", Duration.ofSeconds(5)).send(7003L, RECEIPT);

    assertThat(result).isInstanceOf(Gateway.Held.class);
    assertThat(((Gateway.Held) result).reason()).contains("BASHGAH_SMTP_USER");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void anAddressThatDoesNotParseIsRefusedWithoutAskingTheServer() {
    Gateway.Result result = gateway(smtp.getSmtp().getPort(), "platform", "s3cret", Duration.ofSeconds(5))
        .send(7004L, new EmailGateway.Email("sara at example", "Club", "Hi", "text"));

    assertThat(result).isEqualTo(new Gateway.Refused("not an email address: sara at example"));
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aRecipientTheServerRefusesForGoodIsRefused() throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.answering(Map.of("RCPT", "550 5.1.1 <sara@example.ir>: user unknown"))) {
      Gateway.Result result = gateway(server.port(), null, null, Duration.ofSeconds(5)).send(7005L, RECEIPT);

      assertThat(result).isInstanceOf(Gateway.Refused.class);
      assertThat(((Gateway.Refused) result).reason()).contains("550").contains("user unknown");
    }
  }

  @Test
  void aDeferredRecipientOrADeferredMessageIsRetried() throws Exception {
    try (ScriptedSmtpServer greylisting = ScriptedSmtpServer.answering(Map.of("RCPT", "451 4.7.1 greylisted, try again later"));
        ScriptedSmtpServer full = ScriptedSmtpServer.answering(Map.of("BODY", "452 4.3.1 insufficient system storage"))) {
      Gateway.Result deferred = gateway(greylisting.port(), null, null, Duration.ofSeconds(5)).send(7006L, RECEIPT);
      Gateway.Result noRoom = gateway(full.port(), null, null, Duration.ofSeconds(5)).send(7007L, RECEIPT);

      assertThat(deferred).isInstanceOf(Gateway.Retry.class);
      assertThat(((Gateway.Retry) deferred).reason()).contains("451");
      assertThat(noRoom).isInstanceOf(Gateway.Retry.class);
      assertThat(((Gateway.Retry) noRoom).reason()).contains("452");
    }
  }

  @Test
  void aServerThatAcceptsTheMessageSendsIt() throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.answering(Map.of())) {
      assertThat(gateway(server.port(), null, null, Duration.ofSeconds(5)).send(7008L, RECEIPT)).isInstanceOf(Gateway.Sent.class);
    }
  }

  @Test
  void aSilentServerOrNoServerIsRetried() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    try (ScriptedSmtpServer silent = ScriptedSmtpServer.silent()) {
      Gateway.Result timedOut = gateway(silent.port(), null, null, Duration.ofMillis(300)).send(7009L, RECEIPT);
      Gateway.Result noConnection = gateway(closedPort, null, null, Duration.ofMillis(300)).send(7010L, RECEIPT);

      assertThat(timedOut).isEqualTo(new Gateway.Retry("the SMTP server did not answer in time"));
      assertThat(noConnection).isInstanceOf(Gateway.Retry.class);
      assertThat(((Gateway.Retry) noConnection).reason()).startsWith("no connection to the SMTP server");
    }
  }

  @Test
  void withoutAHostEmailGoesToTheLogAndSettingsThatCannotWorkStopTheStart() {
    assertThat(PlatformEmailGateway.choose(null, null, null, null, null, "starttls", Duration.ofSeconds(1))).isInstanceOf(LogEmailGateway.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlatformEmailGateway.choose("smtp.example.ir", null, null, null, null, "starttls", Duration.ofSeconds(1)))
        .hasMessageContaining("BASHGAH_SMTP_FROM");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlatformEmailGateway.choose("smtp.example.ir", null, null, null, "a@b.ir", "ssl3", Duration.ofSeconds(1)))
        .hasMessageContaining("none, starttls or tls");
    SmtpEmailGateway submission = (SmtpEmailGateway) PlatformEmailGateway.choose("smtp.example.ir", null, "u", "p", "a@b.ir", "starttls", Duration.ofSeconds(1));
    assertThat(submission.settings().port()).isEqualTo(587);
  }
}
