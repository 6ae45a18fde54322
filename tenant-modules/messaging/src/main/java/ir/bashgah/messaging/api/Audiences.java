package ir.bashgah.messaging.api;

import java.util.List;

/**
 * The members a {@link SegmentFilter} selects, as SQL over the club's schema, for messaging to count
 * and to write a send's rows in chunks (a million members are never held in memory). The filter
 * reaches into members and loyalty, which come after messaging in the order of modules, so a later
 * module provides it.
 */
public interface Audiences {
  /**
   * A {@code SELECT} of one column {@code id}: the filter's members with an id above {@code afterMemberId},
   * in id order, at most {@code limit} (all when {@code limit} is 0), with its parameters in order.
   */
  Query members(SegmentFilter filter, long afterMemberId, int limit);

  record Query(String sql, List<Object> parameters) {}
}
