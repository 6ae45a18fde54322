package ir.bashgah.web.limits;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * Checks a JSON body's shape before any object is made from it, in one streaming pass that cannot
 * overflow a stack: nesting depth, the number of elements of an array and of members of an object,
 * the length of strings, keys and number literals, and text that is not valid Unicode (a lone
 * surrogate such as "\udc00" would fail deep inside a password hash).
 */
public final class JsonShape {
  /** Deeper than any request of the API (an invoice is four levels deep). */
  public static final int MAX_DEPTH = 32;

  /** Longer than any text field of the API (a note, a programme's description). */
  public static final int MAX_STRING = 20_000;

  /** A number literal longer than this is no amount, price or count (10^15 has 16 digits). */
  public static final int MAX_NUMBER = 40;

  /**
   * More than any list of the API holds (an invoice's lines and payments, a programme's tiers and
   * periods) and any object has members: a longer one is refused before anything checks, stores or
   * answers it element by element (10,000 lines of 50 bytes fit in the 1 MB body limit).
   */
  public static final int MAX_ELEMENTS = 1_000;

  /**
   * One factory for every body: {@code Json.createParser} looks the provider up again on each call,
   * which scans the class path and took a tenth of the till's request time (docs/BENCHMARKS.md).
   */
  private static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of());

  private JsonShape() {}

  /** Throws a 400 malformed-request naming what is wrong; answers quietly when the body is sound. */
  public static void check(byte[] body) {
    int depth = 0;
    // Per open level: whether it is an array, and how many elements (or members) it has so far.
    boolean[] array = new boolean[MAX_DEPTH + 1];
    int[] entries = new int[MAX_DEPTH + 1];
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (array[depth]) {
              count(entries, depth, true);
            }
            if (++depth > MAX_DEPTH) {
              throw malformed("the body is nested deeper than " + MAX_DEPTH + " levels");
            }
            array[depth] = event == JsonParser.Event.START_ARRAY;
            entries[depth] = 0;
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case KEY_NAME -> {
            count(entries, depth, false);
            checkText(parser.getString(), "a key");
          }
          case VALUE_STRING -> {
            if (array[depth]) {
              count(entries, depth, true);
            }
            checkText(parser.getString(), "a string");
          }
          case VALUE_NUMBER -> {
            if (array[depth]) {
              count(entries, depth, true);
            }
            if (parser.getString().length() > MAX_NUMBER) {
              throw malformed("a number is longer than " + MAX_NUMBER + " characters");
            }
          }
          default -> {
            // true, false, null
            if (array[depth]) {
              count(entries, depth, true);
            }
          }
        }
      }
    } catch (jakarta.json.JsonException e) {
      throw malformed("the body is not valid JSON: " + e.getMessage());
    }
  }

  private static void count(int[] entries, int depth, boolean inArray) {
    if (++entries[depth] > MAX_ELEMENTS) {
      throw malformed(inArray ? "an array holds more than " + MAX_ELEMENTS + " elements" : "an object holds more than " + MAX_ELEMENTS + " members");
    }
  }

  private static void checkText(String text, String what) {
    if (text.length() > MAX_STRING) {
      throw malformed(what + " is longer than " + MAX_STRING + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw malformed(what + " holds a lone surrogate (\\u" + Integer.toHexString(c) + "), which is not a character; send valid Unicode");
      } else if (c == 0) {
        throw malformed(what + " holds a NUL character");
      }
    }
  }

  private static Problem malformed(String detail) {
    return new Problem(ProblemType.MALFORMED_REQUEST, "The request body was refused: " + detail);
  }
}
