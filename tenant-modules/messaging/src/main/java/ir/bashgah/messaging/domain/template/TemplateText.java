package ir.bashgah.messaging.domain.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's text with its placeholders. Anything between braces that looks like a name is taken
 * for a placeholder, so a misspelt one ({@code {fristName}}) is caught when the text is saved, not
 * sent to a member as it is.
 */
public final class TemplateText {
  private static final Pattern BRACED = Pattern.compile("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}");

  private final String text;
  private final Set<Placeholder> used;
  private final List<String> unknown;

  private TemplateText(String text) {
    this.text = text;
    Set<Placeholder> found = EnumSet.noneOf(Placeholder.class);
    List<String> wrong = new ArrayList<>();
    Matcher m = BRACED.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      Placeholder.byToken(name).ifPresentOrElse(found::add, () -> {
        if (!wrong.contains(name)) {
          wrong.add(name);
        }
      });
    }
    this.used = Collections.unmodifiableSet(found);
    this.unknown = List.copyOf(wrong);
  }

  public static TemplateText of(String text) {
    if (text == null) {
      throw new IllegalArgumentException("A template needs a text");
    }
    return new TemplateText(text);
  }

  public String text() {
    return text;
  }

  public Set<Placeholder> placeholders() {
    return used;
  }

  /** Names between braces that are no placeholder; empty when the text may be saved. */
  public List<String> unknownPlaceholders() {
    return unknown;
  }

  /**
   * The text with each placeholder replaced by its value; a placeholder without a value (a member with
   * no level yet) becomes empty rather than staying as {@code {level}}.
   */
  public String fill(Map<Placeholder, String> values) {
    Matcher m = BRACED.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 32);
    while (m.find()) {
      var placeholder = Placeholder.byToken(m.group(1));
      String value = placeholder.map(p -> values.getOrDefault(p, "")).orElse(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
    }
    m.appendTail(out);
    return out.toString().strip();
  }
}
