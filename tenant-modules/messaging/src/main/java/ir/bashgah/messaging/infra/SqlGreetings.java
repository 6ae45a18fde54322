package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.api.Trigger;
import ir.bashgah.messaging.domain.greeting.Greetings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The greetings already sent this year, in plain SQL. */
@ApplicationScoped
public class SqlGreetings implements Greetings {
  private static final int IDS_PER_QUERY = 1000;

  @Inject PendingWrites writes;

  @Override
  public Set<Long> greeted(Trigger trigger, int year, Collection<Long> memberIds) {
    Set<Long> found = new HashSet<>();
    List<Long> ids = new ArrayList<>(memberIds);
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      List<Object> values = new ArrayList<>(List.of(trigger.name(), year));
      values.addAll(part);
      writes.query("SELECT member_id FROM message_greeting WHERE trigger_name = ? AND jalali_year = ? AND member_id IN ("
          + String.join(", ", Collections.nCopies(part.size(), "?")) + ")", row -> found.add(row.getLong(1)), values.toArray());
    }
    return found;
  }

  @Override
  public void record(long memberId, Trigger trigger, int year, long messageId, Instant now) {
    writes.add("INSERT INTO message_greeting (member_id, trigger_name, jalali_year, message_id, created_at) VALUES (?, ?, ?, ?, ?)",
        memberId, trigger.name(), year, messageId, UtcInstantConverter.toColumn(now));
  }
}
