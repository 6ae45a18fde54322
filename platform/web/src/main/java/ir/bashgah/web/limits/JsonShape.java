package ir.bashgah.web.limits;

import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;

/**
 * Checks a JSON body's shape before any object is made from it, in one streaming pass that cannot
 * overflow a stack: nesting depth, the length of strings, keys and number literals, and text that is
 * not valid Unicode (a lone surrogate such as "\udc00" would fail deep inside a password hash).
 */
public final class JsonShape {
  /** Deeper than any request of the API (an invoice is four levels deep). */
  public static final int MAX_DEPTH = 32;

  /** Longer than any text field of the API (a note, a programme's description). */
  public static final int MAX_STRING = 20_000;

  /** A number literal longer than this is no amount, price or count (10^15 has 16 digits). */
  public static final int MAX_NUMBER = 40;

  private JsonShape() {}

  /** Throws a 400 malformed-request naming what is wrong; answers quietly when the body is sound. */
  public static void check(byte[] body) {
    int depth = 0;
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            if (++depth > MAX_DEPTH) {
              throw malformed("the body is nested deeper than " + MAX_DEPTH + " levels");
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case KEY_NAME, VALUE_STRING -> checkText(parser.getString(), event == JsonParser.Event.KEY_NAME ? "a key" : "a string");
          case VALUE_NUMBER -> {
            if (parser.getString().length() > MAX_NUMBER) {
              throw malformed("a number is longer than " + MAX_NUMBER + " characters");
            }
          }
          default -> {
            // true, false, null
          }
        }
      }
    } catch (jakarta.json.JsonException e) {
      throw malformed("the body is not valid JSON: " + e.getMessage());
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
