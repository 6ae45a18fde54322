package ir.bashgah.messaging.application;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How messages of one channel leave the platform. {@link DeliverMessages} claims the channel's due
 * rows, has them composed ({@link ComposeMessages}) and hands each to the {@link Outlet} it opened for
 * the run; a new channel is one more bean of this type.
 */
public interface ChannelOutlet {
  Channel channel();

  /**
   * Where each of {@code memberIds} is reached on the channel now (a push subscription's member, a
   * messenger chat). Members without an address are left out and their messages suppressed. SMS and
   * email take the member's mobile and email from his profile instead, so their outlets are not asked.
   */
  default Map<Long, String> addresses(Set<Long> memberIds) {
    return Map.of();
  }

  /**
   * The way out for the club in context for one run of the delivery job, opened when the run has a
   * message of the channel to send. A club the channel has no way out for (no bot set up) gets an
   * outlet that refuses, with the reason: the member would otherwise wait for a message that never comes.
   */
  Outlet open();

  interface Outlet {
    /** The provider's name as the outbox records it. */
    String provider();

    /** The SMS line the message goes out on (its report is asked of the same line); null for other channels. */
    default SmsLine.Line line() {
      return null;
    }

    /**
     * Called once before a claim's messages are sent one by one, outside any transaction: what the
     * outlet needs to know about all of them it reads here at once (the SMS outlet: which recipients
     * block advertising), rather than once a message.
     */
    default void prepare(List<ClaimedMessage> messages) {}

    /** Sends one composed message; never throws for what the far side does. */
    Gateway.Result send(ClaimedMessage message);

    /**
     * In the transaction that records the outcome: takes care of a refusal this channel has its own
     * answer to (an SMS to a number that blocks advertising goes over the service line) and answers
     * true; false leaves the message FAILED with the reason.
     */
    default boolean handleRefusal(ClaimedMessage message, Gateway.Refused refused, Instant now) {
      return false;
    }
  }
}
