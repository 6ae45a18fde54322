package ir.bashgah.messaging.application;

import ir.bashgah.messaging.api.AutomaticMessages.EventValues;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** An event's values as the outbox row keeps them until the message is composed: a small JSON object. */
final class EventParams {
  private EventParams() {}

  static String write(EventValues v) {
    if (v == null) {
      return null;
    }
    JsonObjectBuilder b = Json.createObjectBuilder();
    if (v.amount() != null) {
      b.add("amount", v.amount());
    }
    if (v.points() != null) {
      b.add("points", v.points());
    }
    if (v.credit() != null) {
      b.add("credit", v.credit());
    }
    if (v.level() != null) {
      b.add("level", v.level());
    }
    if (v.link() != null) {
      b.add("link", v.link());
    }
    JsonObject o = b.build();
    return o.isEmpty() ? null : o.toString();
  }

  static EventValues read(String params) {
    if (params == null || params.isBlank()) {
      return EventValues.NONE;
    }
    try (JsonReader reader = Json.createReader(new StringReader(params))) {
      JsonObject o = reader.readObject();
      return new EventValues(number(o, "amount"), number(o, "points"), number(o, "credit"), text(o, "level"), text(o, "link"));
    } catch (JsonException | IllegalStateException | ClassCastException e) {
      // written by this class only; a row that does not parse still gets its message, without the event's figures
      return EventValues.NONE;
    }
  }

  private static Long number(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonNumber n ? n.longValueExact() : null;
  }

  private static String text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v instanceof JsonString s ? s.getString() : null;
  }
}
