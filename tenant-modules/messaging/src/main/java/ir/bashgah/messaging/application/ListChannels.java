package ir.bashgah.messaging.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/**
 * The channels a club may send on: each with its plan feature, whether the club's plan has it and
 * whether this platform can send on it at all, so that the console offers what works and shows a
 * plan lock on the rest.
 */
@ApplicationScoped
public class ListChannels {
  public record ChannelView(String channel, String feature, boolean inPlan, boolean available) {}

  @Inject MemberAddresses addresses;
  @Inject Features features;
  @Inject TenantDirectory tenants;

  public List<ChannelView> list() {
    var club = tenants.find(TenantContext.require().slug());
    return Arrays.stream(Channel.values())
        .map(c -> new ChannelView(c.name(), c.feature(), club.map(t -> features.isEnabled(t, c.feature())).orElse(false), addresses.canSend(c)))
        .toList();
  }
}
