package ir.bashgah.security.domain.throttle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a counter counts against. Stored as a hash, so the table of counters holds neither usernames
 * nor addresses, and an account that does not exist gets a counter exactly like one that does.
 */
public record ThrottleKey(Kind kind, String hash) implements Comparable<ThrottleKey> {
  public enum Kind {
    ACCOUNT(AttemptPolicy.ACCOUNT),
    DEVICE(AttemptPolicy.DEVICE),
    CLIENT_ADDRESS(AttemptPolicy.CLIENT_ADDRESS);

    private final AttemptPolicy policy;

    Kind(AttemptPolicy policy) {
      this.policy = policy;
    }

    public AttemptPolicy policy() {
      return policy;
    }
  }

  /** An account of a club ({@code tenant} null for the platform's own operators), whether it exists or not. */
  public static ThrottleKey account(String tenant, String username) {
    return new ThrottleKey(Kind.ACCOUNT, sha256(accountName(tenant, username)));
  }

  public static ThrottleKey device(String deviceId) {
    return new ThrottleKey(Kind.DEVICE, sha256(deviceId));
  }

  public static ThrottleKey clientAddress(String address) {
    return new ThrottleKey(Kind.CLIENT_ADDRESS, sha256(address == null ? "unknown" : address));
  }

  /** The account's name as counters and device cookies see it: case does not make another account. */
  public static String accountName(String tenant, String username) {
    String t = tenant == null ? "" : tenant.trim().toLowerCase(Locale.ROOT);
    String u = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return t + "/" + u;
  }

  /** The stored form: kind and hash, at most 70 characters. */
  public String column() {
    return kind.name().charAt(0) + ":" + hash;
  }

  @Override
  public int compareTo(ThrottleKey o) {
    return column().compareTo(o.column());
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
