package ir.bashgah.web;

import jakarta.enterprise.context.ApplicationScoped;
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
 * The JSON-B of the API. Whole-number fields (amounts in rials, points, quantities) refuse 1.5 and
 * "12" instead of silently truncating or coercing them: an amount is either exactly what the
 * caller meant or a 400.
 */
@Provider
@ApplicationScoped
public class StrictJson implements ContextResolver<Jsonb> {
  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeLong(), new WholeInteger()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  static long whole(JsonParser parser, long min, long max) {
    BigDecimal value;
    try {
      // The parser stands on the value; anything but a number (a string "12", true) is refused here.
      value = parser.getBigDecimal();
    } catch (IllegalStateException | NumberFormatException e) {
      throw new JsonbException("expected a whole number");
    }
    if (value.stripTrailingZeros().scale() > 0) {
      throw new JsonbException(value.toPlainString() + " is not a whole number");
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new JsonbException(value.toPlainString() + " is out of range");
    }
    return value.longValueExact();
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
      return (int) whole(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
  }
}
