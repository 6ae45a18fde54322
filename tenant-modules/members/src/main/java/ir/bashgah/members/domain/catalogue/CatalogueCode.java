package ir.bashgah.members.domain.catalogue;

import ir.bashgah.kernel.text.Digits;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code of a catalogue entry as stored: trimmed, Persian digits made Latin, Latin letters upper
 * case ("vip" and "VIP" are one group, as the database's case-insensitive collation would have them
 * anyway), 1 to 40 letters of any script, digits, dashes or underscores.
 */
public final class CatalogueCode {
  public static final String RULE = "must be 1 to 40 letters, digits, dashes or underscores";
  private static final Pattern CODE = Pattern.compile("[\\p{L}0-9_-]{1,40}");

  private CatalogueCode() {}

  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String code = Digits.toLatin(raw.trim()).toUpperCase(Locale.ROOT);
    return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
  }
}
