package ir.bashgah.messaging.application;

import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.messaging.domain.message.SmsGateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * SMS go out on the club's own line (C6) or the platform's, decided once per run ({@link SmsLines}).
 * A number known to block advertising SMS is not sent to on that line: its message goes over the
 * service line, or is suppressed ({@link RerouteBlockedNumbers}).
 */
@ApplicationScoped
public class SmsOutlet implements ChannelOutlet {
  @Inject SmsLines lines;
  @Inject RerouteBlockedNumbers blockedNumbers;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public Outlet open() {
    SmsLine line = lines.current();
    return new Outlet() {
      /** The recipients of the claim being sent who block advertising, read once a claim. */
      private Set<String> blocked = Set.of();

      @Override
      public void prepare(List<ClaimedMessage> messages) {
        List<String> mobiles = messages.stream().filter(m -> m.serviceLocalId() == null).map(ClaimedMessage::recipient).toList();
        blocked = mobiles.isEmpty() ? Set.of() : tx.inNew(() -> blockedNumbers.blockedAmong(mobiles, Instant.now(clock)));
      }

      @Override
      public String provider() {
        return line.gateway().name();
      }

      @Override
      public SmsLine.Line line() {
        return line.line();
      }

      @Override
      public Gateway.Result send(ClaimedMessage message) {
        if (message.serviceLocalId() != null) {
          // the club lost C2 or its service line since: blocked again, and suppressed
          return line.serviceSender() == null ? new Gateway.Refused(SmsGateway.DO_NOT_DISTURB)
              : line.gateway().sendFrom(line.serviceSender(), message.serviceLocalId(), message.recipient(), message.text());
        }
        if (blocked.contains(message.recipient())) {
          // answered as the gateway would, without paying for a send the operator blocks
          return new Gateway.Refused(SmsGateway.DO_NOT_DISTURB);
        }
        return line.gateway().send(message.id(), message.recipient(), message.text());
      }

      @Override
      public boolean handleRefusal(ClaimedMessage message, Gateway.Refused refused, Instant now) {
        if (!SmsGateway.DO_NOT_DISTURB.equals(refused.reason())) {
          return false;
        }
        blockedNumbers.blocked(message.id(), message.recipient(), message.serviceLocalId() != null, line, now);
        return true;
      }
    };
  }
}
