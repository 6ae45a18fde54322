package ir.bashgah.security.api;

import ir.bashgah.kernel.access.Actor;
import java.util.Optional;

/** Issues, checks and revokes the API keys of POS terminals (P3, P10). */
public interface ApiKeys {
  String PREFIX = "bgk";

  /** A key as the caller presented it, split into where to look and what to compare. */
  record PresentedKey(String tenant, String keyId, String secret) {
    /** Empty when {@code raw} is not of our key form at all. */
    public static Optional<PresentedKey> parse(String raw) {
      String[] parts = raw == null ? new String[0] : raw.trim().split("_", 4);
      if (parts.length != 4 || !PREFIX.equals(parts[0]) || parts[1].isEmpty() || !parts[2].matches("[0-9a-z]{1,16}") || parts[3].length() < 32) {
        return Optional.empty();
      }
      return Optional.of(new PresentedKey(parts[1], parts[2], parts[3]));
    }
  }

  /** A new key of a terminal of the tenant in context, inside the caller's transaction; the key itself is answered only now. */
  IssuedKey issue(String branchCode, String terminalId, String label);

  /** The terminal behind a key of the tenant in context, if the key is genuine and not revoked. */
  Optional<Actor> authenticate(PresentedKey key);

  /** Revokes every key of a terminal, inside the caller's transaction; answers how many were still active. */
  int revokeTerminal(String terminalId);
}
