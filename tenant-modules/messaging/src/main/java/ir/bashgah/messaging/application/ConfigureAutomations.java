package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.Trigger;
import ir.bashgah.messaging.domain.automation.Automation;
import ir.bashgah.messaging.domain.automation.AutomationSettings;
import ir.bashgah.messaging.domain.template.MessageTemplate;
import ir.bashgah.messaging.domain.template.MessageTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which events the club answers with a message, on which channel, with which template (API-2.md, "Messaging"). */
@ApplicationScoped
public class ConfigureAutomations {
  public record AutomationView(String trigger, boolean enabled, String channel, String template, String kind, String feature, Instant updatedAt) {}

  @Inject AutomationSettings settings;
  @Inject MessageTemplates templates;
  @Inject QueueAutomaticMessages queue;
  @Inject Features features;
  @Inject MemberAddresses addresses;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public List<AutomationView> all() {
    Map<Trigger, Automation> set = settings.all();
    return Arrays.stream(Trigger.values()).map(t -> view(t, set.get(t))).toList();
  }

  @Transactional
  public AutomationView configure(String triggerName, Boolean enabled, String channel, String templateCode) {
    Trigger trigger = parse(triggerName);
    // Marketing triggers are marketing automation (C5); receipts come with C1, which the endpoint requires.
    features.require(trigger.feature());
    Validation v = new Validation();
    v.require(enabled != null, "enabled", "is required: true or false");
    Channel ch = ManageTemplates.parseChannel(v, channel);
    v.require(ch == null || addresses.canSend(ch), "channel", "cannot be sent on this platform yet: use SMS or EMAIL");
    v.require(templateCode != null && !templateCode.isBlank(), "template", "is required: the code of one of the club's templates");
    v.throwIfInvalid();
    if (enabled) {
      // switching one off stays possible for a club that has lost the channel's feature since
      features.require(ch.feature());
    }
    MessageTemplate template = templates.byCode(templateCode.trim())
        .orElseThrow(() -> Problem.invalid("template", "names no template of the club: " + templateCode.trim()));
    if (template.channel() != ch) {
      throw Problem.invalid("template", "is a " + template.channel() + " template; the automation sends " + ch);
    }
    Map<Trigger, Automation> set = settings.all();
    Automation before = set.get(trigger);
    Automation after = new Automation(trigger, enabled, ch, template.code(), Instant.now(clock));
    settings.save(after);
    queue.forgetClub();
    Map<String, Object> was = new LinkedHashMap<>();
    if (before != null) {
      was.put("enabled", before.enabled());
      was.put("channel", before.channel().name());
      was.put("template", before.templateCode());
    }
    audit.record("MESSAGE_AUTOMATION.CONFIGURE", "message-automation", trigger.name(), before == null ? null : was,
        Map.of("enabled", enabled, "channel", ch.name(), "template", template.code()));
    return view(trigger, after);
  }

  private static Trigger parse(String name) {
    try {
      return Trigger.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Problem.notFound("No trigger " + name + "; the triggers are " + Arrays.toString(Trigger.values()));
    }
  }

  private static AutomationView view(Trigger t, Automation a) {
    return new AutomationView(t.name(), a != null && a.enabled(), a == null ? null : a.channel().name(), a == null ? null : a.templateCode(), t.kind().name(),
        t.feature(), a == null ? null : a.updatedAt());
  }
}
