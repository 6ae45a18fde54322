package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.line.ClubLine;
import ir.bashgah.messaging.domain.line.SmsGateways;
import ir.bashgah.messaging.domain.message.SmsGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's line, and gateways for clubs' own lines. Every club gateway shares one HTTP client,
 * and with it one connection pool and one selector thread (a client per club would cost a thread
 * each); a club's gateway is built once per revision of its line and kept, so a saved change is used
 * from the next run on, on every node, and nothing is built again while nothing changes.
 */
@ApplicationScoped
public class SmsProviders implements SmsGateways {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  @Inject PlatformSmsGateway platform;

  /** The same as the platform's line: how long a send or a report may take before it is tried again later. */
  @Inject
  @ConfigProperty(name = "bashgah.sms.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  // a club's line is written by its owner: the platform follows no redirect it did not choose itself
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

  private record Built(long revision, SmsGateway gateway) {}

  private final Map<String, Built> built = new ConcurrentHashMap<>();

  @Override
  public SmsGateway platform() {
    return platform;
  }

  @Override
  public SmsGateway forClub(String club, ClubLine line) {
    return built.compute(club, (slug, known) -> known != null && known.revision() == line.revision() ? known : new Built(line.revision(), build(line)))
        .gateway();
  }

  private SmsGateway build(ClubLine line) {
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    return switch (line.provider()) {
      case ClubLine.KAVENEGAR -> new KavenegarGateway(http, line.baseUrl(), line.apiKey(), line.sender(), timeout);
      case ClubLine.SMSIR -> new SmsIrGateway(http, line.baseUrl(), line.apiKey(), line.sender(), timeout);
      default -> throw new IllegalStateException("A club's line has no provider " + line.provider());
    };
  }
}
