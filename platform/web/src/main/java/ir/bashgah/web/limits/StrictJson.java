package ir.bashgah.web.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The JSON-B of the API, strict about types (docs/security.md, "Input limits"): a value is read only
 * as the JSON type its field has, never coerced, so an amount or a code is either exactly what the
 * caller meant or a 400 malformed-request.
 * <ul>
 *   <li>whole-number fields (amounts in rials, points, quantities) take JSON numbers without a
 *       fraction, within the field's Java range: not 1.5, not "12", not 1e30;
 *   <li>text fields (codes, names, numbers of invoices and cards) take JSON strings only: 12, true or
 *       1e309 are not a branch code;
 *   <li>yes/no fields take {@code true} or {@code false} only: not 1, -1, 0.5, "true" or "1e309";
 *   <li>decimal fields (coefficients, percentages) take JSON numbers with at most 30 digits before and
 *       30 after the point, so that 1e999999999 is refused before anything computes with it.
 * </ul>
 * Numbers are never written out in full in an error message: 1e999999999 would be a billion digits.
 */
@Provider
@ApplicationScoped
public class StrictJson implements ContextResolver<Jsonb> {
  /** Digits a decimal field may have before, and after, the point. */
  static final int MAX_DECIMAL_DIGITS = 30;

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(
      new WholeLong(), new WholeInteger(), new StrictString(), new StrictBoolean(), new BoundedDecimal()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  /**
   * A value refused by these rules, with a message written for the caller. JSON-B's own failures
   * (an array where an object belongs) speak of Java classes and parser events, so only these
   * messages are shown to the caller as they are (UnexpectedErrorMapper).
   */
  public static final class Refused extends JsonbException {
    public Refused(String message) {
      super(message);
    }
  }

  /** The whole number the parser stands on, within min and max; null for JSON null. */
  static Long whole(JsonParser parser, long min, long max) {
    BigDecimal value = number(parser, "a whole number");
    if (value == null) {
      return null;
    }
    // The magnitude first, from the number's precision and scale alone: 1e999999999 is never expanded.
    if (value.precision() - value.scale() > 19) {
      throw new Refused("a whole number from " + min + " to " + max + " was expected; the number sent is far beyond it");
    }
    if (value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
      throw new Refused(shown(value) + " is not a whole number");
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new Refused(shown(value) + " is out of range: a whole number from " + min + " to " + max + " was expected");
    }
    return value.longValueExact();
  }

  /** The number the parser stands on; null for JSON null; anything else (a string "12", true) is refused. */
  private static BigDecimal number(JsonParser parser, String expected) {
    JsonValue value = value(parser);
    return switch (value.getValueType()) {
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case NULL -> null;
      default -> throw new Refused("expected " + expected + " (a JSON number), got " + kind(value));
    };
  }

  /** The number as the caller wrote it, or near enough: never expanded, never longer than 40 characters. */
  static String shown(BigDecimal value) {
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }

  /** The value the parser stands on, as JSON-P sees it. */
  private static JsonValue value(JsonParser parser) {
    try {
      return parser.getValue();
    } catch (IllegalStateException e) {
      throw new Refused("unexpected JSON here");
    }
  }

  private static String kind(JsonValue value) {
    return switch (value.getValueType()) {
      case NUMBER -> "a number";
      case TRUE, FALSE -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NULL -> "null";
    };
  }

  static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      return whole(parser, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  static final class WholeInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      Long value = whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return value == null ? null : value.intValue();
    }
  }

  /** Text is a JSON string: a number or a boolean is not silently turned into one. */
  static final class StrictString implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      JsonValue value = value(parser);
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (value.getValueType() != JsonValue.ValueType.STRING) {
        throw new Refused("expected a string (text in quotes), got " + kind(value));
      }
      return ((JsonString) value).getString();
    }
  }

  /** Yes or no is {@code true} or {@code false}: not a number, not a string. */
  static final class StrictBoolean implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      JsonValue value = value(parser);
      return switch (value.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        default -> throw new Refused("expected true or false, got " + kind(value));
      };
    }
  }

  /** A decimal of reasonable size: at most {@link #MAX_DECIMAL_DIGITS} digits before and after the point. */
  static final class BoundedDecimal implements JsonbDeserializer<BigDecimal> {
    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
      BigDecimal value = number(parser, "a decimal number");
      if (value == null) {
        return null;
      }
      if (value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
        throw new Refused("a decimal number with at most " + MAX_DECIMAL_DIGITS + " digits before the point was expected");
      }
      if (value.scale() > MAX_DECIMAL_DIGITS && value.stripTrailingZeros().scale() > MAX_DECIMAL_DIGITS) {
        throw new Refused("a decimal number with at most " + MAX_DECIMAL_DIGITS + " digits after the point was expected");
      }
      return value;
    }
  }
}
