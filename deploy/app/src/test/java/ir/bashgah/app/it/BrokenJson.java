package ir.bashgah.app.it;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The deliberately broken values of the body probes ({@link Kind}) and just enough JSON writing for
 * bodies that no JSON library would write: lone surrogates, 1e999999999.
 */
final class BrokenJson {
  private static final String LONG_MAX = "9223372036854775807";
  private static final String LONG_MIN = "-9223372036854775808";
  private static final String HUGE_EXPONENT = "1e999999999";

  private BrokenJson() {}

  /** The kinds of value a body probe puts in every property of one type. */
  enum Kind {
    SURROGATE("strings: lone surrogate \\udc00", new Raw("\"\\udc00\""), false, false),
    LONG_MAX_VALUE("numbers: " + LONG_MAX, new Raw(LONG_MAX), true, false),
    LONG_MIN_VALUE("numbers: " + LONG_MIN, new Raw(LONG_MIN), true, false),
    EXPONENT("numbers: " + HUGE_EXPONENT, new Raw(HUGE_EXPONENT), true, false),
    HALF("booleans: 0.5", new Raw("0.5"), false, true),
    QUOTED("booleans: \"true\"", new Raw("\"true\""), false, true),
    MINUS_ONE("booleans: -1", new Raw("-1"), false, true),
    ARRAYS("arrays: 10,000 elements", null, false, false);

    final String label;
    final Raw value;
    final boolean numbers;
    final boolean booleans;

    Kind(String label, Raw value, boolean numbers, boolean booleans) {
      this.label = label;
      this.value = value;
      this.numbers = numbers;
      this.booleans = booleans;
    }

    /** The edge value; for arrays, 10,000 copies of {@code item}. */
    Object edge(List<Object> item) {
      return this == ARRAYS ? Collections.nCopies(10_000, item == null ? "x" : item.get(0)) : value;
    }
  }

  /** A value written as it is, unquoted and unescaped. */
  record Raw(String text) {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Raw raw) {
      out.append(raw.text());
    } else if (value instanceof String s) {
      out.append('"');
      for (char c : s.toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20 || c > 0x7E) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (var e : ((Map<String, Object>) map).entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(e.getKey(), out);
        out.append(':');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(list.get(i), out);
      }
      out.append(']');
    } else {
      out.append(value);
    }
  }
}
