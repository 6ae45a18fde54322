package ir.bashgah.messaging.application;

import ir.bashgah.kernel.Ids;
import ir.bashgah.messaging.domain.line.BlockedNumbers;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.message.SmsLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * A message whose number blocks advertising SMS (the operators' do-not-disturb list; API-2.md,
 * "Third parties"): a club that may reach such numbers over its service line (plan feature C2) and
 * has one sends it again there, once; any other club's message is suppressed and counted as
 * do-not-disturb. The number is remembered, so the next message to it does not pay for a blocked
 * send first ({@link #blockedAmong}).
 */
@ApplicationScoped
public class RerouteBlockedNumbers {
  /** A block older than this is tried again: members do leave the list. */
  static final Duration REMEMBERED = Duration.ofDays(90);

  @Inject BlockedNumbers blocked;
  @Inject Messages messages;

  /** In the caller's transaction. {@code viaServiceLine}: this message already went over the service line, and was blocked there too. */
  public void blocked(long messageId, String mobile, boolean viaServiceLine, SmsLine line, Instant now) {
    if (mobile != null) {
      blocked.add(mobile, now);
    }
    if (!viaServiceLine && line != null && line.serviceSender() != null) {
      messages.routeToServiceLine(messageId, Ids.next(), now);
    } else {
      messages.recordBlocked(messageId);
    }
  }

  /** In the caller's transaction: those of {@code mobiles} found blocked lately. */
  public Set<String> blockedAmong(Collection<String> mobiles, Instant now) {
    return blocked.blockedSince(mobiles, now.minus(REMEMBERED));
  }
}
