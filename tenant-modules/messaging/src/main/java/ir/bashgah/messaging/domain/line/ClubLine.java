package ir.bashgah.messaging.domain.line;

import java.time.Instant;

/**
 * A club's own SMS line (plan feature C6): its account at Kavenegar or SMS.ir. {@code revision}
 * changes with every save, so a gateway built from an older one is known to be stale. The API key is
 * the account's secret: kept encrypted, never shown again whole ({@link #maskedApiKey()}), never logged.
 * {@code serviceSender} is the account's service line, if it has one: it reaches numbers that block
 * advertising SMS (plan feature C2).
 */
public record ClubLine(String provider, String apiKey, String sender, String serviceSender, String baseUrl, long revision, Instant updatedAt) {
  public static final String KAVENEGAR = "kavenegar";
  public static final String SMSIR = "smsir";

  /** The key's last four characters (fewer for a short key), enough to tell two keys apart. */
  public String maskedApiKey() {
    int shown = Math.min(4, apiKey.length() / 3);
    return "…" + apiKey.substring(apiKey.length() - shown);
  }

  @Override
  public String toString() {
    // a record's toString would print the key into any log or exception that mentions the line
    return "ClubLine[" + provider + ", key " + maskedApiKey() + ", sender " + sender + ", service line " + serviceSender + ", " + baseUrl + ", revision " + revision + "]";
  }
}
