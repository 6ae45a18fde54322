package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.domain.line.BlockedNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

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
  public boolean blockedSince(String mobile, Instant since) {
    boolean[] found = {false};
    writes.query("SELECT 1 FROM sms_blocked_number WHERE mobile_index = ? AND found_at >= ?", row -> found[0] = true, FieldCipher.blindIndex(mobile),
        UtcInstantConverter.toColumn(since));
    return found[0];
  }
}
