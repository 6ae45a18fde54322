package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.persistence.PendingWrites;
import ir.bashgah.kernel.persistence.UtcInstantConverter;
import ir.bashgah.messaging.domain.settings.MessagingSettings;
import ir.bashgah.messaging.domain.settings.QuietHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalTime;

/** The club's one row of messaging settings. */
@ApplicationScoped
public class SqlMessagingSettings implements MessagingSettings {
  @Inject PendingWrites writes;

  @Override
  public QuietHours quietHours() {
    QuietHours[] found = {QuietHours.DEFAULT};
    writes.query("SELECT quiet_from, quiet_until FROM message_settings WHERE id = 1",
        row -> found[0] = new QuietHours(row.getObject(1, LocalTime.class), row.getObject(2, LocalTime.class)));
    return found[0];
  }

  @Override
  public void saveQuietHours(QuietHours hours, Instant now) {
    writes.add("INSERT INTO message_settings (id, quiet_from, quiet_until, updated_at) VALUES (1, ?, ?, ?)"
        + " ON DUPLICATE KEY UPDATE quiet_from = VALUES(quiet_from), quiet_until = VALUES(quiet_until), updated_at = VALUES(updated_at)",
        hours.from(), hours.until(), UtcInstantConverter.toColumn(now));
  }
}
