package ir.bashgah.members.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.members.api.MemberOccasions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Birth and wedding dates are plain columns (not encrypted): one scan of the members a day per club,
 * which the greetings job makes once.
 */
@ApplicationScoped
public class SqlMemberOccasions implements MemberOccasions {
  @Inject PendingWrites writes;

  @Override
  public List<Long> bornOn(Collection<LocalDate> days) {
    return on("birth_date", days);
  }

  @Override
  public List<Long> marriedOn(Collection<LocalDate> days) {
    return on("marriage_date", days);
  }

  private List<Long> on(String column, Collection<LocalDate> days) {
    List<Long> ids = new ArrayList<>();
    if (days.isEmpty()) {
      return ids;
    }
    writes.query("SELECT id FROM member WHERE active = TRUE AND " + column + " IN (" + String.join(", ", Collections.nCopies(days.size(), "?")) + ") ORDER BY id",
        row -> ids.add(row.getLong(1)), days.toArray());
    return ids;
  }
}
