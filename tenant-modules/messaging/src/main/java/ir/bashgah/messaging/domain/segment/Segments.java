package ir.bashgah.messaging.domain.segment;

import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.api.SegmentFilter;
import java.util.List;
import java.util.Optional;

/** The club's segments, and the members they select. */
public interface Segments {
  Optional<Segment> byCode(String code);

  List<Segment> all();

  /** Adds it; false when the code is taken. */
  boolean add(Segment segment);

  boolean replace(Segment segment);

  /**
   * How many members the filter selects, and how many of them refused {@code channel} (on MESSENGER,
   * or have not linked a chat with the club's bot: the few who have are the send's whole reach).
   */
  Count count(SegmentFilter filter, Channel channel);

  record Count(long members, long refusing) {}
}
