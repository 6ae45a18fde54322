package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.messenger.BotApi;
import ir.bashgah.messaging.domain.messenger.BotApis;
import ir.bashgah.messaging.domain.messenger.MessengerBot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Clients of clubs' bots. They share one HTTP client (one connection pool, one selector thread, as the
 * clubs' SMS lines do), and a club's client is built once per revision of its bot and kept.
 */
@ApplicationScoped
public class TelegramBotApis implements BotApis {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** How long a call to a bot API may take before its message is tried again later (BASHGAH_MESSENGER_TIMEOUT_SECONDS). */
  @Inject
  @ConfigProperty(name = "bashgah.messenger.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  // the base URL is the owner's: the platform follows no redirect it did not choose itself
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

  private record Built(long revision, BotApi api) {}

  private final Map<String, Built> built = new ConcurrentHashMap<>();

  @Override
  public BotApi forClub(String club, MessengerBot bot) {
    return built.compute(club, (slug, known) -> known != null && known.revision() == bot.revision() ? known : new Built(bot.revision(), of(bot.baseUrl(), bot.token())))
        .api();
  }

  @Override
  public BotApi of(String baseUrl, String token) {
    return new TelegramBotApi(http, baseUrl, token, Duration.ofSeconds(timeoutSeconds));
  }
}
