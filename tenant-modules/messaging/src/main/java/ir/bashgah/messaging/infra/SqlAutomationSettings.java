package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.Statements;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.Trigger;
import ir.bashgah.messaging.domain.automation.Automation;
import ir.bashgah.messaging.domain.automation.AutomationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/** The club's automations in plain SQL. */
@ApplicationScoped
public class SqlAutomationSettings implements AutomationSettings {
  @Inject PendingWrites writes;

  @Override
  public Map<Trigger, Automation> all() {
    Map<Trigger, Automation> found = new EnumMap<>(Trigger.class);
    writes.query("SELECT trigger_name, enabled, channel, template_code, updated_at FROM message_automation", row -> {
      Trigger trigger = Trigger.valueOf(row.getString(1));
      found.put(trigger, new Automation(trigger, row.getBoolean(2), Channel.valueOf(row.getString(3)), row.getString(4),
          UtcInstantConverter.fromColumn(row.getObject(5, LocalDateTime.class))));
    });
    return found;
  }

  @Override
  public void save(Automation a) {
    Statements.update(writes.connection(),
        "INSERT INTO message_automation (trigger_name, enabled, channel, template_code, updated_at) VALUES (?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE enabled = VALUES(enabled), channel = VALUES(channel), template_code = VALUES(template_code), updated_at = VALUES(updated_at)",
        a.trigger().name(), a.enabled(), a.channel().name(), a.templateCode(), UtcInstantConverter.toColumn(a.updatedAt()));
  }
}
