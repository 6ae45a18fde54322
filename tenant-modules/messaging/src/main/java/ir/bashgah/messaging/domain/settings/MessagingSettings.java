package ir.bashgah.messaging.domain.settings;

import java.time.Instant;

/** The club's messaging settings. */
public interface MessagingSettings {
  QuietHours quietHours();

  void saveQuietHours(QuietHours hours, Instant now);
}
