package ir.bashgah.members.domain.tag;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A tag as stored: 1 to 40 letters (Persian included), digits, inner spaces, dashes, underscores and
 * the zero-width non-joiner Persian words are written with (خوش‌حساب). Arabic yeh and kaf become
 * their Persian forms, so a tag typed on an Arabic keyboard layout is the same tag.
 */
public final class TagName {
  public static final String RULE = "must be 1 to 40 letters, digits, spaces, dashes or underscores, with no space at either end";
  private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_-]([\\p{L}\\p{M}\\p{Nd}_ \\u200C-]{0,38}[\\p{L}\\p{M}\\p{Nd}_-])?");

  private TagName() {}

  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String tag = raw.replace('\u064A', '\u06CC').replace('\u0643', '\u06A9');
    return TAG.matcher(tag).matches() ? Optional.of(tag) : Optional.empty();
  }
}
