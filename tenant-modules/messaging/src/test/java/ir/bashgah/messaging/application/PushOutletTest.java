package ir.bashgah.messaging.application;

import static org.assertj.core.api.Assertions.assertThat;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.messaging.domain.push.PushService;
import ir.bashgah.messaging.domain.push.PushSubscription;
import ir.bashgah.messaging.domain.push.ReceiptToken;
import ir.bashgah.messaging.domain.push.Subscriptions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A push goes to each of the member's browsers; the message's outcome is the best of their answers. */
class PushOutletTest {
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  final Map<Long, PushSubscription> kept = new LinkedHashMap<>();
  final Map<Long, Integer> failures = new HashMap<>();
  final Map<Long, Instant> successes = new HashMap<>();
  final Map<String, PushService.Answer> answerOf = new HashMap<>();
  final List<Posted> posted = new ArrayList<>();
  PushOutlet outlet;

  record Posted(String endpoint, byte[] payload, PushService.Urgency urgency, Duration ttl) {}

  @BeforeEach
  void setUp() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 9);
    FieldCipher.install(key);
    outlet = new PushOutlet();
    outlet.tx = new Transactions();
    outlet.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    outlet.subscriptions = new Subscriptions() {
      @Override
      public void save(PushSubscription s) {
        kept.put(s.id(), s);
      }

      @Override
      public boolean remove(long memberId, String endpoint) {
        return kept.values().removeIf(s -> s.memberId() == memberId && s.endpoint().equals(endpoint));
      }

      @Override
      public void remove(long id) {
        kept.remove(id);
      }

      @Override
      public Map<Long, List<PushSubscription>> ofMembers(Collection<Long> memberIds) {
        Map<Long, List<PushSubscription>> found = new HashMap<>();
        kept.values().stream().filter(s -> memberIds.contains(s.memberId())).forEach(s -> found.computeIfAbsent(s.memberId(), m -> new ArrayList<>()).add(s));
        return found;
      }

      @Override
      public Map<Long, Integer> countsOf(Collection<Long> memberIds) {
        Map<Long, Integer> counts = new HashMap<>();
        kept.values().stream().filter(s -> memberIds.contains(s.memberId())).forEach(s -> counts.merge(s.memberId(), 1, Integer::sum));
        return counts;
      }

      @Override
      public void keepNewest(long memberId, int keep) {}

      @Override
      public void recordSuccess(long id, Instant at) {
        successes.put(id, at);
        failures.remove(id);
      }

      @Override
      public void recordFailure(long id) {
        failures.merge(id, 1, Integer::sum);
      }
    };
    outlet.push = new PushService() {
      @Override
      public List<Answer> send(List<PushSubscription> to, byte[] payload, Urgency urgency, Duration timeToLive) {
        List<Answer> answers = new ArrayList<>();
        for (PushSubscription s : to) {
          posted.add(new Posted(s.endpoint(), payload, urgency, timeToLive));
          answers.add(answerOf.getOrDefault(s.endpoint(), new Accepted()));
        }
        return answers;
      }

      @Override
      public String refuses(URI endpoint) {
        return null;
      }
    };
  }

  void browser(long id, long memberId, String endpoint) {
    kept.put(id, new PushSubscription(id, memberId, endpoint, "p", "a", null, NOW, null, 0));
  }

  static ClaimedMessage message(long id, long memberId, MessageKind kind, String subject, String text) {
    return new ClaimedMessage(id, null, memberId, kind, "web push: 2 browsers", subject, text, null, null, 1, null);
  }

  static JsonObject json(byte[] payload) {
    return Json.createReader(new StringReader(new String(payload, StandardCharsets.UTF_8))).readObject();
  }

  Gateway.Result send(ClaimedMessage m) {
    return outlet.send(m, "golestan", "باشگاه گلستان", "https://club.example/p/golestan/");
  }

  @Test
  void oneBrowserThatTakesItIsEnoughAndAGoneOneIsForgotten() {
    browser(1, 7, "https://fcm.example/a");
    browser(2, 7, "https://moz.example/b");
    browser(3, 8, "https://fcm.example/c");
    answerOf.put("https://moz.example/b", new PushService.Gone("HTTP 410"));

    Gateway.Result result = send(message(900L, 7, MessageKind.TRANSACTIONAL, null, "۱۲۰ امتیاز گرفتید"));

    assertThat(result).isInstanceOf(Gateway.Sent.class);
    assertThat(kept).containsOnlyKeys(1L, 3L);
    assertThat(successes).containsOnlyKeys(1L);
    assertThat(posted).extracting(Posted::endpoint).containsExactly("https://fcm.example/a", "https://moz.example/b");
    assertThat(posted).allSatisfy(p -> {
      assertThat(p.urgency()).isEqualTo(PushService.Urgency.HIGH);
      assertThat(p.ttl()).isEqualTo(Duration.ofDays(1));
    });
    JsonObject payload = json(posted.get(0).payload());
    assertThat(payload.getString("title")).isEqualTo("باشگاه گلستان");
    assertThat(payload.getString("body")).isEqualTo("۱۲۰ امتیاز گرفتید");
    assertThat(payload.getString("url")).isEqualTo("https://club.example/p/golestan/");
    assertThat(payload.getString("messageId")).isEqualTo("900");
    assertThat(ReceiptToken.club(payload.getString("token"), 900L)).contains("golestan");
  }

  @Test
  void noBrowserTookItButOneMayLaterSoItIsTriedAgain() {
    browser(1, 7, "https://fcm.example/a");
    browser(2, 7, "https://moz.example/b");
    answerOf.put("https://fcm.example/a", new PushService.Later("HTTP 503 from the push service"));
    answerOf.put("https://moz.example/b", new PushService.Refused("HTTP 400 from the push service"));

    Gateway.Result result = send(message(901L, 7, MessageKind.MARKETING, "یلدا", "تخفیف شب یلدا"));

    assertThat(result).isEqualTo(new Gateway.Retry("HTTP 503 from the push service; HTTP 400 from the push service"));
    assertThat(failures).containsEntry(1L, 1).containsEntry(2L, 1);
    assertThat(kept).hasSize(2);
    assertThat(posted).allSatisfy(p -> {
      assertThat(p.urgency()).isEqualTo(PushService.Urgency.NORMAL);
      assertThat(p.ttl()).isEqualTo(Duration.ofDays(3));
    });
    assertThat(json(posted.get(0).payload()).getString("title")).isEqualTo("یلدا");
  }

  @Test
  void allRefusedOrNoneLeftFailsIt() {
    browser(1, 7, "https://fcm.example/a");
    browser(2, 7, "https://moz.example/b");
    answerOf.put("https://fcm.example/a", new PushService.Refused("HTTP 403 from the push service"));
    answerOf.put("https://moz.example/b", new PushService.Gone("HTTP 404 from the push service"));

    assertThat(send(message(902L, 7, MessageKind.MARKETING, null, "x"))).isInstanceOf(Gateway.Refused.class)
        .hasToString("Refused[reason=every browser of the member refused it: HTTP 403 from the push service; HTTP 404 from the push service]");
    assertThat(kept).containsOnlyKeys(1L);
    assertThat(send(message(903L, 8, MessageKind.MARKETING, null, "x"))).isEqualTo(new Gateway.Refused("the member has no push subscription any more"));
  }

  @Test
  void aMemberIsReachedOnPushWhenHeHasABrowserAndALongTextIsShortenedToFit() {
    browser(1, 7, "https://fcm.example/a");
    browser(2, 7, "https://moz.example/b");
    browser(3, 8, "https://fcm.example/c");
    assertThat(outlet.addresses(java.util.Set.of(7L, 8L, 9L))).containsOnly(Map.entry(7L, "web push: 2 browsers"), Map.entry(8L, "web push: 1 browser"));

    String longText = "😀".repeat(1000) + "ب".repeat(1000);
    byte[] payload = PushOutlet.payload("t", longText, "https://club.example/p/golestan/", 1L, "golestan.x");
    assertThat(payload.length).isLessThanOrEqualTo(PushService.MAX_PAYLOAD);
    assertThat(json(payload).getString("body")).startsWith("😀😀").endsWith("…");
    assertThat(PushOutlet.payload("t", "short", "u", 1L, "k")).isEqualTo("{\"title\":\"t\",\"body\":\"short\",\"url\":\"u\",\"messageId\":\"1\",\"token\":\"k\"}"
        .getBytes(StandardCharsets.UTF_8));
  }
}
