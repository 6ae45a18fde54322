package ir.bashgah.messaging.application;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.messaging.api.AutomaticMessages;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.Trigger;
import ir.bashgah.messaging.domain.automation.Automation;
import ir.bashgah.messaging.domain.automation.AutomationSettings;
import ir.bashgah.messaging.domain.message.Draft;
import ir.bashgah.messaging.domain.message.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The outbox end of the automatic messages. Every invoice asks whether its club answers EARN, so the
 * clubs' automations are kept in memory for {@link #KEPT}: a change made on this node counts at once,
 * one made on another node within that time. Queueing is a pending write: an invoice whose club has
 * the trigger on pays no round trip for it, and one whose club has it off pays nothing at all.
 */
@ApplicationScoped
public class QueueAutomaticMessages implements AutomaticMessages {
  static final Duration KEPT = Duration.ofSeconds(30);

  private record Known(Map<Trigger, Automation> automations, Instant readAt) {}

  private final Map<String, Known> known = new ConcurrentHashMap<>();

  @Inject AutomationSettings settings;
  @Inject Messages messages;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void on(Trigger trigger, long memberId, EventValues values) {
    Instant now = Instant.now(clock);
    Automation automation = automations(now).get(trigger);
    if (automation == null || !automation.enabled()) {
      return;
    }
    // Quiet hours and consent are the delivery's to apply: they may change before the message is due.
    messages.addDraft(Ids.next(), new Draft(null, memberId, automation.channel(), trigger.kind(), null, automation.templateCode(), EventParams.write(values),
        trigger, MessageStatus.QUEUED, null), now, now);
  }

  /** Drops what this node knows of the club in context, after its automations changed. */
  void forgetClub() {
    known.remove(TenantContext.require().slug());
  }

  private Map<Trigger, Automation> automations(Instant now) {
    String slug = TenantContext.require().slug();
    Known k = known.get(slug);
    if (k == null || k.readAt().plus(KEPT).isBefore(now)) {
      k = new Known(Map.copyOf(settings.all()), now);
      known.put(slug, k);
    }
    return k.automations();
  }
}
