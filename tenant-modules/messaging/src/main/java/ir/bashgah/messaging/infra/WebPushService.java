package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.crypto.P256;
import ir.bashgah.messaging.domain.push.PushService;
import ir.bashgah.messaging.domain.push.PushSubscription;
import ir.bashgah.messaging.domain.push.VapidKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Web push over HTTP (RFC 8030) with aes128gcm message encryption (RFC 8291, {@link PushEncryption})
 * and VAPID (RFC 8292, {@link VapidAuthorization}). There is no base address to set: each
 * subscription names its push service (FCM for Chrome, Mozilla's for Firefox, Apple's, Microsoft's).
 * A member's browser supplies that address, so the platform posts only to https hosts on the public
 * internet, looked up again before every send; BASHGAH_PUSH_ALLOW_LOCAL_ENDPOINTS lets tests use a
 * push service faked on loopback (plain http included), and is off by default.
 */
@ApplicationScoped
public class WebPushService implements PushService {
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  @Inject VapidKey keys;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.push.timeout-seconds", defaultValue = "10")
  int timeoutSeconds;

  @Inject
  @ConfigProperty(name = "bashgah.push.allow-local-endpoints", defaultValue = "false")
  boolean allowLocal;

  /** Who push services may write to about our messages (RFC 8292's {@code sub}): a mailto: or https: address. */
  @Inject
  @ConfigProperty(name = "bashgah.vapid.subject")
  Optional<String> subject;

  @Inject
  @ConfigProperty(name = "bashgah.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  // the endpoint is the member's browser's word: follow no redirect to wherever it points next
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

  private VapidAuthorization vapid;

  @PostConstruct
  void prepare() {
    vapid = new VapidAuthorization(keys, subject.filter(s -> !s.isBlank()).map(String::trim).orElse(publicUrl.trim()), clock);
  }

  @Override
  public List<Answer> send(List<PushSubscription> to, byte[] payload, Urgency urgency, Duration timeToLive) {
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    List<CompletableFuture<Answer>> pending = new ArrayList<>();
    for (PushSubscription s : to) {
      pending.add(post(s, payload, urgency, timeToLive, timeout));
    }
    List<Answer> answers = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.plusSeconds(2).toNanos();
    for (CompletableFuture<Answer> f : pending) {
      answers.add(await(f, deadline));
    }
    return answers;
  }

  private CompletableFuture<Answer> post(PushSubscription s, byte[] payload, Urgency urgency, Duration timeToLive, Duration timeout) {
    URI endpoint;
    try {
      endpoint = new URI(s.endpoint());
    } catch (java.net.URISyntaxException e) {
      return CompletableFuture.completedFuture(new Refused("the endpoint is not an address"));
    }
    Check check = check(endpoint);
    if (check.unknownHost()) {
      return CompletableFuture.completedFuture(new Later("the push service's host " + endpoint.getHost() + " was not found"));
    }
    if (check.refusal() != null) {
      return CompletableFuture.completedFuture(new Refused("the endpoint " + check.refusal()));
    }
    byte[] body;
    try {
      body = PushEncryption.encrypt(payload, P256.fromBase64Url(s.p256dh()), P256.fromBase64Url(s.auth()));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(new Refused("the subscription's keys are unusable: " + e.getMessage()));
    }
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(timeout)
        .header("TTL", Long.toString(Math.max(0, timeToLive.toSeconds())))
        .header("Urgency", urgency.header())
        .header("Content-Encoding", "aes128gcm")
        .header("Content-Type", "application/octet-stream")
        .header("Authorization", vapid.header(endpoint))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> failure == null ? answer(response) : failed(failure));
  }

  private static Answer await(CompletableFuture<Answer> answer, long deadline) {
    try {
      return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // a push service that answered its headers and then trickles its body
      answer.cancel(true);
      return new Later("no whole answer in time");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Later("interrupted while waiting for the push service");
    } catch (ExecutionException | CancellationException e) {
      return failed(e.getCause() == null ? e : e.getCause());
    }
  }

  static Answer answer(HttpResponse<?> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return new Accepted();
    }
    if (status == 404 || status == 410) {
      return new Gone("HTTP " + status + " from the push service: the subscription has expired or was withdrawn");
    }
    if (status == 429) {
      return new Later("HTTP 429 from the push service" + response.headers().firstValue("Retry-After").map(s -> " (Retry-After: " + head(s) + ")").orElse(""));
    }
    if (status >= 500) {
      return new Later("HTTP " + status + " from the push service");
    }
    String why = switch (status) {
      case 400 -> " (a request it cannot read)";
      case 401, 403 -> " (the VAPID signature or key is refused: was the subscription made with another public key?)";
      case 413 -> " (the message is too large)";
      default -> "";
    };
    return new Refused("HTTP " + status + " from the push service" + why);
  }

  private static Answer failed(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof HttpTimeoutException) {
      return new Later("no answer in time");
    }
    return new Later("no answer: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + head(cause.getMessage())));
  }

  @Override
  public String refuses(URI endpoint) {
    Check check = check(endpoint);
    return check.unknownHost() ? "names a host that was not found: " + endpoint.getHost() : check.refusal();
  }

  private record Check(String refusal, boolean unknownHost) {}

  private Check check(URI endpoint) {
    String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
    String host = endpoint.getHost();
    if (host == null || endpoint.getRawUserInfo() != null || !scheme.equals("https") && !scheme.equals("http")) {
      return new Check("must be the https address of the browser's push service", false);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return new Check(null, true);
    }
    boolean loopback = true;
    for (InetAddress a : addresses) {
      loopback &= a.isLoopbackAddress();
      if (!isPublic(a) && !(allowLocal && a.isLoopbackAddress())) {
        return new Check("must be on the public internet, not " + a.getHostAddress(), false);
      }
    }
    if (!scheme.equals("https") && !(allowLocal && loopback)) {
      return new Check("must be an https address", false);
    }
    return new Check(null, false);
  }

  /** Whether an address is on the public internet: not this host, a private or shared network, link-local, multicast or reserved. */
  static boolean isPublic(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 // this network
          && !(first == 100 && (second & 0xc0) == 64) // 100.64.0.0/10, carrier-grade NAT
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
          && !(first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15, benchmarking
          && first < 240; // reserved and broadcast
    }
    int top = b[0] & 0xff;
    if ((top & 0xfe) == 0xfc) {
      return false; // fc00::/7, unique local
    }
    // ::ffff:a.b.c.d arrives as an Inet4Address already; 64:ff9b::/96 (NAT64) carries an IPv4 address
    if (top == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      try {
        return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return true;
  }

  private static String head(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "..." : text;
  }
}
