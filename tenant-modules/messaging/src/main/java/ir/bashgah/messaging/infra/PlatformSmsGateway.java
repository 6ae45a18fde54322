package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.SmsGateway;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's default SMS line, from BASHGAH_SMS_PROVIDER ({@code log} unless set),
 * BASHGAH_SMS_API_KEY, BASHGAH_SMS_SENDER and BASHGAH_SMS_BASE_URL (API-2.md, "Third parties"). A
 * club on plan feature C6 may have a line of its own instead ({@link SmsProviders#forClub}). A
 * provider named without its key is a mistake of the operator, said at the first send rather than
 * hidden behind the log provider.
 */
@ApplicationScoped
public class PlatformSmsGateway implements SmsGateway {
  private static final Logger LOG = Logger.getLogger(PlatformSmsGateway.class.getName());
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  @Inject
  @ConfigProperty(name = "bashgah.sms.provider", defaultValue = "log")
  String provider;

  @Inject
  @ConfigProperty(name = "bashgah.sms.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "bashgah.sms.sender")
  Optional<String> sender;

  @Inject
  @ConfigProperty(name = "bashgah.sms.base-url")
  Optional<String> baseUrl;

  @Inject
  @ConfigProperty(name = "bashgah.sms.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  private SmsGateway chosen;

  @PostConstruct
  void choose() {
    chosen = choose(provider, apiKey.orElse(null), sender.orElse(null), baseUrl.orElse(null), Duration.ofSeconds(timeoutSeconds));
    LOG.info(() -> "SMS goes through the " + chosen.name() + " provider" + baseUrl.map(u -> " at " + u).orElse(""));
  }

  static SmsGateway choose(String provider, String apiKey, String sender, String baseUrl, Duration timeout) {
    String name = provider == null ? "log" : provider.trim().toLowerCase(Locale.ROOT);
    if (name.isEmpty() || name.equals("log")) {
      return new LogSmsGateway();
    }
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalStateException("BASHGAH_SMS_PROVIDER=" + name + " needs BASHGAH_SMS_API_KEY");
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    return switch (name) {
      case "kavenegar" -> new KavenegarGateway(http, baseUrl, apiKey, sender, timeout);
      case "smsir" -> new SmsIrGateway(http, baseUrl, apiKey, sender, timeout);
      default -> throw new IllegalStateException("BASHGAH_SMS_PROVIDER must be kavenegar, smsir or log, not '" + provider + "'");
    };
  }

  @Override
  public String name() {
    return chosen.name();
  }

  @Override
  public Result send(long localId, String mobile, String text) {
    return chosen.send(localId, mobile, text);
  }

  @Override
  public Result sendFrom(String sender, long localId, String mobile, String text) {
    return chosen.sendFrom(sender, localId, mobile, text);
  }

  @Override
  public Result sendVerify(long localId, String mobile, String template, String token) {
    return chosen.sendVerify(localId, mobile, template, token);
  }

  @Override
  public int reportsPerRequest() {
    return chosen.reportsPerRequest();
  }

  @Override
  public Reports reports(List<String> providerMessageIds) {
    return chosen.reports(providerMessageIds);
  }
}
