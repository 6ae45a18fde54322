package ir.bashgah.app.it;

import ir.bashgah.app.it.BrokenJson.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The probes of an operation's request body: JSON bodies built from its schema with one kind of edge
 * value in every property of that type, and the files of an upload.
 */
final class EdgeBodyProbes {
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String OVER_A_MEGABYTE = "{\"probe\":\"" + "x".repeat(1_100_000) + "\"}";
  private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
  /** A CSV without the required columns: whatever else a probe sends with it, no import can start from it. */
  static final byte[] UNIMPORTABLE = "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8);
  /**
   * Operations where {} (and null, read as no body) is a valid request that stores something, so it
   * is no probe: POST /members/{memberCode}/cards issues a STANDARD card when no type is given
   * (docs/cards.md: {"type"?}). Elsewhere {} must be refused, except by a PATCH, where it is a change
   * with nothing in it and answers the resource unchanged.
   */
  static final Set<String> EMPTY_BODY_IS_A_VALID_WRITE = Set.of("POST " + EdgeProbeRequests.API + "/members/{memberCode}/cards");

  private final EdgeProbeRequests requests;
  private final EdgeProbeClub club;
  private final Map<String, Object> schemas;

  EdgeBodyProbes(EdgeProbeRequests requests, EdgeProbeClub club, Map<String, Object> schemas) {
    this.requests = requests;
    this.club = club;
    this.schemas = schemas;
  }

  /**
   * The body probes of a JSON operation. Each must be refused: the edge limits answer 413 (over
   * 1 MB) and 400 (nested too deep, a lone surrogate) exactly; strict types answer 400 for
   * 1e999999999 and booleans that are not true or false, where a field's own rules may answer 422
   * instead (fields that take any JSON value); the rest is a 4xx of the endpoint's choosing (400 or
   * 422 for what is out of range or missing, 404 or 409 where it is checked against data). {} may
   * succeed only for PATCH, a partial change with nothing in it.
   */
  void bodyProbes(List<EdgeProbe> probes, String method, String template, String path, String accept, Map<String, Object> schema) {
    probes.add(new EdgeProbe(method, template, "body over 1 MB", false, () -> requests.send(method, path, accept, OVER_A_MEGABYTE, "application/json", Map.of()))
        .exactly(413));
    probes.add(new EdgeProbe(method, template, "array nested 10,000 deep", false, () -> requests.send(method, path, accept, DEEP, "application/json", Map.of()))
        .exactly(400));
    for (Kind kind : Kind.values()) {
      int[] touched = {0};
      String body = BrokenJson.write(build(schema, null, path, kind, touched, 0));
      if (touched[0] == 0) {
        continue;
      }
      EdgeProbe probe = new EdgeProbe(method, template, kind.label, false, () -> requests.send(method, path, accept, body, "application/json", Map.of()));
      probes.add(kind == Kind.SURROGATE ? probe.exactly(400) : probe);
    }
    if (!EMPTY_BODY_IS_A_VALID_WRITE.contains(method + " " + template)) {
      probes.add(new EdgeProbe(method, template, "body {}", method.equals("PATCH"), () -> requests.send(method, path, accept, "{}", "application/json", Map.of())));
      probes.add(new EdgeProbe(method, template, "body null", false, () -> requests.send(method, path, accept, "null", "application/json", Map.of())));
    }
    probes.add(new EdgeProbe(method, template, "body []", false, () -> requests.send(method, path, accept, "[]", "application/json", Map.of())));
  }

  /**
   * Uploads of files (member imports take text/csv or XLSX, docs/member-import.md; the portal's look a
   * logo or an icon as an image, docs/portal.md): the JSON probes
   * would all be refused by the type alone (415), telling nothing, so they get files of their own
   * kind that must be refused with nothing recorded: empty, not UTF-8 (an encoded lone surrogate),
   * not a workbook, a header without the required columns, and a file announced as larger than the
   * 512 MiB limit, which must be refused at once rather than after reading half a gigabyte. A JSON
   * body is answered 415.
   */
  void fileProbes(List<EdgeProbe> probes, String method, String template, String path, String accept, Set<String> types) {
    probes.add(new EdgeProbe(method, template, "file sent as application/json", false, () -> requests.send(method, path, accept, "{}", "application/json", Map.of()))
        .exactly(415));
    if (types.contains("text/csv")) {
      probes.add(new EdgeProbe(method, template, "csv empty", false, () -> requests.sendBytes(method, path, accept, new byte[0], "text/csv")));
      byte[] notUtf8 = {'f', 'i', 'r', 's', 't', 'N', 'a', 'm', 'e', '\n', (byte) 0xED, (byte) 0xB0, (byte) 0x80, '\n'};
      probes.add(new EdgeProbe(method, template, "csv with a lone surrogate (not UTF-8)", false, () -> requests.sendBytes(method, path, accept, notUtf8, "text/csv")));
      probes.add(new EdgeProbe(method, template, "csv without the required columns", false, () -> requests.sendBytes(method, path, accept, UNIMPORTABLE, "text/csv")));
    }
    if (types.contains(XLSX)) {
      probes.add(new EdgeProbe(method, template, "xlsx that is no workbook", false,
          () -> requests.sendBytes(method, path, accept, "not a workbook".getBytes(StandardCharsets.UTF_8), XLSX)));
    }
    if (types.contains("text/csv") || types.contains(XLSX)) {
      String type = types.contains("text/csv") ? "text/csv" : XLSX;
      probes.add(new EdgeProbe(method, template, "file announced as 512 MiB + 1 byte", false, () -> requests.announced(method, path, (512L << 20) + 1, type))
          .exactly(422));
      return;
    }
    // Images (the portal's logo and icon): bytes that are no image of the announced type, and a file
    // announced over the platform's 1 MB limit, refused before it is read (docs/security.md, "Limits").
    String image = types.stream().filter(t -> t.startsWith("image/")).findFirst().orElseThrow(() -> new AssertionError(template + " takes " + types));
    probes.add(new EdgeProbe(method, template, "image that is no image", false,
        () -> requests.sendBytes(method, path, accept, "not an image".getBytes(StandardCharsets.UTF_8), image)).exactly(422));
    probes.add(new EdgeProbe(method, template, "file announced as 1 MiB + 1 byte", false, () -> requests.announced(method, path, (1L << 20) + 1, image))
        .exactly(413));
  }

  /**
   * A body from a schema: every property with a plausible value ({@link EdgeProbeClub#bodyValue}), except
   * those of {@code kind}, which get its edge value; {@code touched} counts them. A free-form
   * object (no properties declared) at the top gets one property of the kind.
   */
  @SuppressWarnings("unchecked")
  Object build(Map<String, Object> schema, String property, String path, Kind kind, int[] touched, int depth) {
    if (schema == null || depth > 8) {
      return null;
    }
    Object ref = schema.get("$ref");
    if (ref != null) {
      String name = ref.toString().substring(ref.toString().lastIndexOf('/') + 1);
      return build((Map<String, Object>) schemas.get(name), property, path, kind, touched, depth + 1);
    }
    String type = String.valueOf(schema.get("type"));
    switch (type) {
      case "object" -> {
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        if (properties == null || properties.isEmpty()) {
          if (depth > 0) {
            return null;
          }
          if (kind == null) {
            return Map.of();
          }
          touched[0]++;
          return Map.of("probe", kind.edge(List.of("x")));
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (var p : properties.entrySet()) {
          Object value = build((Map<String, Object>) p.getValue(), p.getKey(), path, kind, touched, depth + 1);
          if (value != null) {
            object.put(p.getKey(), value);
          }
        }
        return object;
      }
      case "array" -> {
        Object item = build((Map<String, Object>) schema.get("items"), property, path, kind == Kind.ARRAYS ? null : kind, touched, depth + 1);
        if (kind == Kind.ARRAYS) {
          touched[0]++;
          return Collections.nCopies(10_000, item == null ? "x" : item);
        }
        return item == null ? List.of() : List.of(item);
      }
      case "string" -> {
        if (kind == Kind.SURROGATE) {
          touched[0]++;
          return kind.edge(null);
        }
        List<Object> allowed = (List<Object>) schema.get("enum");
        return allowed != null && !allowed.isEmpty() ? allowed.get(0) : club.bodyValue(path, property);
      }
      case "integer", "number" -> {
        if (kind != null && kind.numbers) {
          touched[0]++;
          return kind.edge(null);
        }
        return 1;
      }
      case "boolean" -> {
        if (kind != null && kind.booleans) {
          touched[0]++;
          return kind.edge(null);
        }
        return true;
      }
      default -> {
        return null;
      }
    }
  }
}
