package ir.bashgah.messaging.api;

import java.util.Collection;
import java.util.Map;

/**
 * The members' balances and levels, for the placeholders {points}, {credit} and {level}. Messaging
 * comes before loyalty in the order of modules (loyalty queues its receipts through it), so loyalty
 * provides this; without it (a platform without loyalty) the placeholders are left empty.
 */
public interface MemberStandings {
  record Standing(long points, long credit, String level) {}

  /** Standings of those of {@code memberIds} the club knows. */
  Map<Long, Standing> of(Collection<Long> memberIds);
}
