package ir.bashgah.messaging.application;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.messaging.domain.push.PushService;
import ir.bashgah.messaging.domain.push.PushSubscription;
import ir.bashgah.messaging.domain.push.ReceiptToken;
import ir.bashgah.messaging.domain.push.Subscriptions;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Web push (plan feature C4): a message goes to every browser the member subscribed, each through its
 * own push service. It is SENT when at least one push service took it, tried again later when none
 * did but one may ({@link PushService.Later}), and FAILED when all refused. A subscription the push
 * service says is gone (404, 410) is removed at once. The payload is JSON for the portal's service
 * worker: {@code title} (the subject, else the club's name), {@code body}, {@code url} (the club's
 * portal), {@code messageId} and {@code token}, which it posts back as the delivery receipt.
 */
@ApplicationScoped
public class PushOutlet implements ChannelOutlet {
  static final String PROVIDER = "webpush";

  /** A receipt is stale after a day; an offer may wait for a phone switched off over a weekend night. */
  static final Duration TRANSACTIONAL_TTL = Duration.ofDays(1);

  static final Duration MARKETING_TTL = Duration.ofDays(3);

  @Inject Subscriptions subscriptions;
  @Inject PushService push;
  @Inject TenantDirectory tenants;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Override
  public Channel channel() {
    return Channel.PUSH;
  }

  /** A member is reached on push when he has a subscription; the message keeps how many browsers he had. */
  @Override
  public Map<Long, String> addresses(Set<Long> memberIds) {
    Map<Long, String> addresses = new HashMap<>();
    subscriptions.countsOf(memberIds).forEach((id, n) -> addresses.put(id, n == 1 ? "web push: 1 browser" : "web push: " + n + " browsers"));
    return addresses;
  }

  @Override
  public Outlet open() {
    String slug = TenantContext.require().slug();
    String club = tenants.find(slug).map(t -> t.name()).orElse("");
    String portal = publicUrl.replaceAll("/+$", "") + "/p/" + slug + "/";
    return new Outlet() {
      @Override
      public String provider() {
        return PROVIDER;
      }

      @Override
      public Gateway.Result send(ClaimedMessage message) {
        return PushOutlet.this.send(message, slug, club, portal);
      }
    };
  }

  Gateway.Result send(ClaimedMessage m, String slug, String club, String portal) {
    List<PushSubscription> to = m.memberId() == null ? List.of()
        : tx.inNew(() -> subscriptions.ofMembers(List.of(m.memberId())).getOrDefault(m.memberId(), List.of()));
    if (to.isEmpty()) {
      return new Gateway.Refused("the member has no push subscription any more");
    }
    String title = m.subject() == null || m.subject().isBlank() ? club : m.subject();
    byte[] payload = payload(title, m.text(), portal, m.id(), ReceiptToken.issue(slug, m.id()));
    boolean receipt = m.kind() == MessageKind.TRANSACTIONAL;
    List<PushService.Answer> answers = push.send(to, payload, receipt ? PushService.Urgency.HIGH : PushService.Urgency.NORMAL,
        receipt ? TRANSACTIONAL_TTL : MARKETING_TTL);

    Instant now = Instant.now(clock);
    boolean accepted = false;
    boolean later = false;
    Set<String> reasons = new LinkedHashSet<>();
    tx.runInNew(() -> {
      for (int i = 0; i < to.size(); i++) {
        PushService.Answer a = answers.get(i);
        long id = to.get(i).id();
        if (a instanceof PushService.Accepted) {
          subscriptions.recordSuccess(id, now);
        } else if (a instanceof PushService.Gone) {
          subscriptions.remove(id);
        } else {
          subscriptions.recordFailure(id);
        }
      }
    });
    for (PushService.Answer a : answers) {
      if (a instanceof PushService.Accepted) {
        accepted = true;
      } else if (a instanceof PushService.Later l) {
        later = true;
        reasons.add(l.reason());
      } else if (a instanceof PushService.Refused r) {
        reasons.add(r.reason());
      } else if (a instanceof PushService.Gone g) {
        reasons.add(g.reason());
      }
    }
    if (accepted) {
      return new Gateway.Sent(null, null);
    }
    String why = String.join("; ", reasons);
    return later ? new Gateway.Retry(why) : new Gateway.Refused(to.size() == 1 ? why : "every browser of the member refused it: " + why);
  }

  /** The service worker's JSON; a text too long for a push (4 KB with its encryption) is shortened, never refused. */
  static byte[] payload(String title, String body, String url, long messageId, String token) {
    String text = body == null ? "" : body;
    while (true) {
      byte[] json = Json.createObjectBuilder().add("title", title).add("body", text).add("url", url).add("messageId", Long.toString(messageId))
          .add("token", token).build().toString().getBytes(StandardCharsets.UTF_8);
      if (json.length <= PushService.MAX_PAYLOAD || text.isEmpty()) {
        return json;
      }
      int excess = json.length - PushService.MAX_PAYLOAD;
      int keep = Math.max(0, text.codePointCount(0, text.length()) - excess / 4 - 2);
      text = keep == 0 ? "" : text.substring(0, text.offsetByCodePoints(0, keep)) + "…";
    }
  }
}
