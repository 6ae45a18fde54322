package ir.bashgah.messaging.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.crypto.P256;
import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.domain.push.PushService;
import ir.bashgah.messaging.domain.push.PushSubscription;
import ir.bashgah.messaging.domain.push.Subscriptions;
import ir.bashgah.tenancy.api.TenantDescriptor;
import java.net.URI;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subscription is checked whole before it is kept, every mistake named by its field. */
class SubscribeToPushTest {
  static final String P256DH = P256.base64Url(P256.encode((ECPublicKey) P256.generate().getPublic()));
  static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";
  static final String ENDPOINT = "https://fcm.googleapis.com/fcm/send/dXJ1bmRlZmluZWQ:APA91b";

  final List<PushSubscription> saved = new ArrayList<>();
  final List<String> kept = new ArrayList<>();
  boolean inPlan = true;
  SubscribeToPush subscribe;

  @BeforeEach
  void setUp() {
    subscribe = new SubscribeToPush();
    subscribe.clock = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    subscribe.features = new Features() {
      @Override
      public boolean isEnabled(TenantDescriptor tenant, String code) {
        return inPlan;
      }

      @Override
      public void require(String code) {
        if (!inPlan) {
          throw Problem.forbidden("not in plan: " + code);
        }
      }

      @Override
      public Map<String, Boolean> all(TenantDescriptor tenant) {
        return Map.of();
      }

      @Override
      public Map<String, Boolean> overridesOf(String tenantSlug) {
        return Map.of();
      }
    };
    subscribe.push = new PushService() {
      @Override
      public List<Answer> send(List<PushSubscription> to, byte[] payload, Urgency urgency, Duration timeToLive) {
        throw new UnsupportedOperationException();
      }

      @Override
      public String refuses(URI endpoint) {
        return endpoint.getHost().startsWith("10.") ? "must be on the public internet, not " + endpoint.getHost() : null;
      }
    };
    subscribe.subscriptions = new Subscriptions() {
      @Override
      public void save(PushSubscription s) {
        saved.add(s);
      }

      @Override
      public boolean remove(long memberId, String endpoint) {
        return false;
      }

      @Override
      public void remove(long id) {}

      @Override
      public Map<Long, List<PushSubscription>> ofMembers(Collection<Long> memberIds) {
        return Map.of();
      }

      @Override
      public Map<Long, Integer> countsOf(Collection<Long> memberIds) {
        return Map.of();
      }

      @Override
      public void keepNewest(long memberId, int keep) {
        kept.add(memberId + ":" + keep);
      }

      @Override
      public void recordSuccess(long id, Instant at) {}

      @Override
      public void recordFailure(long id) {}
    };
  }

  static List<String> fields(Runnable call) {
    try {
      call.run();
    } catch (Problem p) {
      return p.errors().stream().map(FieldError::field).toList();
    }
    throw new AssertionError("no problem");
  }

  @Test
  void aBrowsersSubscriptionIsKeptAsItsKeysNormalised() {
    subscribe.subscribe(7L, " " + ENDPOINT + " ", P256DH + "=", "BTBZMqHH6r4Tts7J/aSIgg==", "Mozilla/5.0 " + "x".repeat(300));
    assertThat(saved).singleElement().satisfies(s -> {
      assertThat(s.memberId()).isEqualTo(7L);
      assertThat(s.endpoint()).isEqualTo(ENDPOINT);
      assertThat(s.p256dh()).isEqualTo(P256DH);
      assertThat(s.auth()).isEqualTo(AUTH);
      assertThat(s.userAgent()).hasSize(200);
    });
    assertThat(kept).containsExactly("7:10");
  }

  @Test
  void everyMistakeIsNamedByItsField() {
    assertThat(fields(() -> subscribe.subscribe(7L, null, null, null, null))).containsExactly("endpoint", "keys.p256dh", "keys.auth");
    assertThat(fields(() -> subscribe.subscribe(7L, "https://10.0.0.1/x", P256DH, AUTH, null))).containsExactly("endpoint");
    assertThat(fields(() -> subscribe.subscribe(7L, "not a url", P256DH, AUTH, null))).containsExactly("endpoint");
    assertThat(fields(() -> subscribe.subscribe(7L, ENDPOINT + "#x", P256DH, AUTH, null))).containsExactly("endpoint");
    assertThat(fields(() -> subscribe.subscribe(7L, "https://push.example/" + "a".repeat(1000), P256DH, AUTH, null))).containsExactly("endpoint");
    assertThat(fields(() -> subscribe.subscribe(7L, ENDPOINT, AUTH, AUTH, null))).containsExactly("keys.p256dh");
    byte[] offCurve = P256.fromBase64Url(P256DH);
    offCurve[64] ^= 1;
    assertThat(fields(() -> subscribe.subscribe(7L, ENDPOINT, P256.base64Url(offCurve), AUTH, null))).containsExactly("keys.p256dh");
    assertThat(fields(() -> subscribe.subscribe(7L, ENDPOINT, P256DH, "abc!", null))).containsExactly("keys.auth");
    assertThat(fields(() -> subscribe.subscribe(7L, ENDPOINT, P256DH, P256DH, null))).containsExactly("keys.auth");
    assertThat(saved).isEmpty();

    inPlan = false;
    assertThatThrownBy(() -> subscribe.subscribe(7L, ENDPOINT, P256DH, AUTH, null)).isInstanceOf(Problem.class).hasMessageContaining("C4");
  }
}
