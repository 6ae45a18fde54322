package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.crypto.P256;
import ir.bashgah.messaging.domain.push.VapidKey;
import jakarta.json.Json;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code Authorization: vapid t=<JWT>, k=<public key>} header of RFC 8292: a JWT signed with the
 * platform's VAPID key (ES256) whose {@code aud} is the push service's origin, {@code exp} at most a
 * day ahead (we say twelve hours) and {@code sub} a contact the push service's operator may write to.
 * A token is kept per origin and used again until it has less than an hour left: a bulk send to one
 * push service signs once, not once per message.
 */
final class VapidAuthorization {
  static final Duration VALID = Duration.ofHours(12);
  static final Duration RENEW_BEFORE = Duration.ofHours(1);

  private record Token(String header, Instant expires) {}

  private final VapidKey keys;
  private final String subject;
  private final Clock clock;
  private final Map<String, Token> byOrigin = new ConcurrentHashMap<>();

  VapidAuthorization(VapidKey keys, String subject, Clock clock) {
    this.keys = keys;
    this.subject = subject;
    this.clock = clock;
  }

  String header(URI endpoint) {
    String audience = origin(endpoint);
    Instant now = Instant.now(clock);
    Token token = byOrigin.get(audience);
    if (token == null || token.expires().minus(RENEW_BEFORE).isBefore(now)) {
      if (byOrigin.size() > 1000) {
        byOrigin.clear(); // a handful of push services exist; never let a flood of odd hosts grow this
      }
      Instant expires = now.plus(VALID);
      token = new Token("vapid t=" + jwt(audience, expires) + ", k=" + keys.publicKeyText(), expires);
      byOrigin.put(audience, token);
    }
    return token.header();
  }

  private String jwt(String audience, Instant expires) {
    String header = P256.base64Url("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
    String claims = P256.base64Url(Json.createObjectBuilder().add("aud", audience).add("exp", expires.getEpochSecond()).add("sub", subject).build()
        .toString().getBytes(StandardCharsets.UTF_8));
    String signed = header + "." + claims;
    return signed + "." + P256.base64Url(keys.sign(signed.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The origin of RFC 6454 as push services compare it: scheme, host and a port only when not the scheme's own. */
  static String origin(URI endpoint) {
    String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
    int port = endpoint.getPort();
    boolean ownPort = port == -1 || scheme.equals("https") && port == 443 || scheme.equals("http") && port == 80;
    return scheme + "://" + endpoint.getHost().toLowerCase(Locale.ROOT) + (ownPort ? "" : ":" + port);
  }
}
