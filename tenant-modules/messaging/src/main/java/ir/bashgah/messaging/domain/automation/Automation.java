package ir.bashgah.messaging.domain.automation;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.Trigger;
import java.time.Instant;

/** How the club answers a trigger: whether, on which channel, with which template. */
public record Automation(Trigger trigger, boolean enabled, Channel channel, String templateCode, Instant updatedAt) {}
