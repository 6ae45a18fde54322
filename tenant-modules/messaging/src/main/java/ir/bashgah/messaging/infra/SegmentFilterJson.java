package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.api.SegmentFilter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;

/** A segment's filter as a send keeps it: the filter as it was when sent, whatever the segment becomes. */
final class SegmentFilterJson {
  private SegmentFilterJson() {}

  static String write(SegmentFilter f) {
    JsonObjectBuilder b = Json.createObjectBuilder();
    put(b, "group", f.group());
    put(b, "level", f.level());
    put(b, "tag", f.tag());
    put(b, "lastPurchaseBefore", f.lastPurchaseBefore() == null ? null : f.lastPurchaseBefore().toString());
    put(b, "lastPurchaseAfter", f.lastPurchaseAfter() == null ? null : f.lastPurchaseAfter().toString());
    put(b, "city", f.city());
    return b.build().toString();
  }

  static SegmentFilter read(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      return new SegmentFilter(o.getString("group", null), o.getString("level", null), o.getString("tag", null), day(o.getString("lastPurchaseBefore", null)),
          day(o.getString("lastPurchaseAfter", null)), o.getString("city", null));
    }
  }

  private static void put(JsonObjectBuilder b, String name, String value) {
    if (value != null) {
      b.add(name, value);
    }
  }

  private static LocalDate day(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
