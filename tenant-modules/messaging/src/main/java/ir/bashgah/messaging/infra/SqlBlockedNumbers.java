package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.domain.line.BlockedNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Numbers by their keyed hash ({@link FieldCipher#blindIndex}), as members' mobiles are looked up: the list names nobody without the key. */
@ApplicationScoped
public class SqlBlockedNumbers implements BlockedNumbers {
  @Inject PendingWrites writes;

  @Override
  public void add(String mobile, Instant at) {
    writes.add("INSERT INTO sms_blocked_number (mobile_index, found_at) VALUES (?, ?) ON DUPLICATE KEY UPDATE found_at = GREATEST(found_at, VALUES(found_at))",
        FieldCipher.blindIndex(mobile), UtcInstantConverter.toColumn(at));
  }

  @Override
  public Set<String> blockedSince(Collection<String> mobiles, Instant since) {
    Map<String, String> byIndex = new HashMap<>();
    mobiles.forEach(m -> byIndex.put(FieldCipher.blindIndex(m), m));
    if (byIndex.isEmpty()) {
      return Set.of();
    }
    List<Object> values = new ArrayList<>(byIndex.keySet());
    values.add(UtcInstantConverter.toColumn(since));
    Set<String> found = new HashSet<>();
    writes.query("SELECT mobile_index FROM sms_blocked_number WHERE mobile_index IN (" + String.join(", ", Collections.nCopies(byIndex.size(), "?"))
        + ") AND found_at >= ?", row -> found.add(byIndex.get(row.getString(1))), values.toArray());
    return found;
  }
}
