package ir.bashgah.messaging.application;

import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.messaging.api.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where members are reached on a channel: their mobile for SMS, their email, or what the channel's
 * outlet keeps for them (a push subscription, a messenger chat).
 */
@ApplicationScoped
public class MemberAddresses {
  Map<Channel, ChannelOutlet> outlets = new EnumMap<>(Channel.class);

  @Inject
  void outlets(Instance<ChannelOutlet> beans) {
    beans.forEach(o -> outlets.put(o.channel(), o));
  }

  /** The address of each of {@code contacts} on {@code channel}; members without one are left out. */
  public Map<Long, String> of(Channel channel, Collection<MemberContacts.Contact> contacts) {
    Map<Long, String> addresses = new HashMap<>();
    if (channel == Channel.SMS || channel == Channel.EMAIL) {
      for (MemberContacts.Contact c : contacts) {
        String address = channel == Channel.SMS ? c.mobile() : c.email();
        if (address != null && !address.isBlank()) {
          addresses.put(c.memberId(), address);
        }
      }
      return addresses;
    }
    ChannelOutlet outlet = outlets.get(channel);
    if (outlet == null || contacts.isEmpty()) {
      return addresses;
    }
    Set<Long> ids = contacts.stream().map(MemberContacts.Contact::memberId).collect(Collectors.toSet());
    outlet.addresses(ids).forEach((id, address) -> {
      if (address != null && !address.isBlank()) {
        addresses.put(id, address);
      }
    });
    return addresses;
  }

  /** Whether the platform has a way out for {@code channel} at all. */
  public boolean canSend(Channel channel) {
    return outlets.containsKey(channel);
  }
}
