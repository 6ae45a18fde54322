package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.EmailGateway;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's email, from BASHGAH_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM, _TLS and
 * _TIMEOUT_SECONDS (API-2.md, "Third parties"). Without a host, email goes to the log and counts as
 * sent, as SMS does without a provider. Settings that cannot work (a host without a sender address,
 * an unknown TLS mode) stop the start rather than fail every email later.
 */
@ApplicationScoped
public class PlatformEmailGateway implements EmailGateway {
  private static final Logger LOG = Logger.getLogger(PlatformEmailGateway.class.getName());

  @Inject
  @ConfigProperty(name = "bashgah.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "bashgah.smtp.port")
  Optional<Integer> port;

  @Inject
  @ConfigProperty(name = "bashgah.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "bashgah.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "bashgah.smtp.from")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "bashgah.smtp.tls", defaultValue = "starttls")
  String tls;

  @Inject
  @ConfigProperty(name = "bashgah.smtp.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  private EmailGateway chosen;

  @PostConstruct
  void choose() {
    chosen = choose(host.orElse(null), port.orElse(null), user.orElse(null), password.orElse(null), from.orElse(null), tls, Duration.ofSeconds(timeoutSeconds));
    LOG.info(() -> chosen instanceof SmtpEmailGateway s
        ? "Email goes through the SMTP server " + s.settings().host() + ":" + s.settings().port() + " (" + s.settings().tls().name().toLowerCase(Locale.ROOT) + ")"
        : "Email goes to the log (BASHGAH_SMTP_HOST is not set)");
  }

  static EmailGateway choose(String host, Integer port, String user, String password, String from, String tls, Duration timeout) {
    if (host == null || host.isBlank()) {
      return new LogEmailGateway();
    }
    SmtpEmailGateway.Tls mode;
    try {
      mode = SmtpEmailGateway.Tls.valueOf(tls.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("BASHGAH_SMTP_TLS must be none, starttls or tls, not '" + tls + "'", e);
    }
    if (from == null || from.isBlank()) {
      throw new IllegalStateException("BASHGAH_SMTP_HOST is set: BASHGAH_SMTP_FROM must say the address the platform's email comes from");
    }
    int thePort = port != null ? port : mode == SmtpEmailGateway.Tls.TLS ? 465 : mode == SmtpEmailGateway.Tls.STARTTLS ? 587 : 25;
    String login = user == null || user.isBlank() ? null : user.trim();
    return new SmtpEmailGateway(new SmtpEmailGateway.Settings(host.trim(), thePort, login, password, from.trim(), mode, timeout));
  }

  @Override
  public String name() {
    return chosen.name();
  }

  @Override
  public Result send(long localId, Email email) {
    return chosen.send(localId, email);
  }
}
