package ir.bashgah.messaging.domain.automation;

import ir.bashgah.messaging.api.Trigger;
import java.util.Map;

/** The club's automations; a trigger without one sends nothing. */
public interface AutomationSettings {
  Map<Trigger, Automation> all();

  void save(Automation automation);
}
