package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.messaging.domain.settings.MessagingSettings;
import ir.bashgah.messaging.domain.settings.QuietHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;

/** The club's quiet hours, Tehran time, in which marketing messages wait for the morning (API-2.md, "Messaging"). */
@ApplicationScoped
public class ConfigureQuietHours {
  public record QuietHoursView(String from, String until, String timeZone) {}

  private static final String RULE = "must be a time of day as HH:mm, e.g. 22:00";

  @Inject MessagingSettings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public QuietHoursView get() {
    return view(settings.quietHours());
  }

  @Transactional
  public QuietHoursView set(String from, String until) {
    Validation v = new Validation();
    LocalTime f = time(v, "from", from);
    LocalTime u = time(v, "until", until);
    v.throwIfInvalid();
    QuietHours before = settings.quietHours();
    QuietHours after = new QuietHours(f, u);
    settings.saveQuietHours(after, Instant.now(clock));
    audit.record("MESSAGING.QUIET_HOURS", "messaging-settings", "quiet-hours", Map.of("from", before.from().toString(), "until", before.until().toString()),
        Map.of("from", f.toString(), "until", u.toString()));
    return view(after);
  }

  private static LocalTime time(Validation v, String field, String text) {
    // HH:mm exactly: LocalTime.parse would also take 22:00:30 and fractions
    boolean ok = text != null && text.trim().matches("([01][0-9]|2[0-3]):[0-5][0-9]");
    v.require(ok, field, RULE);
    return ok ? LocalTime.parse(text.trim()) : null;
  }

  private static QuietHoursView view(QuietHours h) {
    return new QuietHoursView(h.from().toString(), h.until().toString(), QuietHours.TEHRAN.getId());
  }
}
