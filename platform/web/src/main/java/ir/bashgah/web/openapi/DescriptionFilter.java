package ir.bashgah.web.openapi;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Makes the description served at /openapi say what the platform answers, for every operation at
 * once (mp.openapi.filter), rather than by annotations on each resource method.
 *
 * <p>The scanner describes the answer of every method as "default", so a client could not tell success
 * from failure; here it becomes the status the method really answers on success (200, or the 201 and
 * 204 of {@link #SUCCESS}), and "default" becomes what every failure is: an RFC 9457 problem+json. It
 * also says which credentials each operation takes, gives every operation an id of its own (the scanner uses the Java method's name: "list" eleven
 * times) and drops the constraints the scanner invents for a parameter's schema from an annotation's
 * unset members (multipleOf 0, minItems greater than maxItems).
 *
 * <p>The integration tests check every call they make against this description, so an entry missing
 * here, or a wrong one, fails the build.
 */
public class DescriptionFilter implements OASFilter {
  static final String PROBLEM = "Problem";
  private static final String PROBLEM_JSON = "application/problem+json";

  /** Successes other than 200 OK, by "METHOD path"; the first is the usual one. */
  static final Map<String, List<Integer>> SUCCESS = Map.ofEntries(
      Map.entry("POST /api/v1/platform/tenants", List.of(201)),
      Map.entry("POST /api/v1/staff", List.of(201)),
      Map.entry("POST /api/v1/branches", List.of(201)),
      Map.entry("POST /api/v1/branches/{code}/terminals", List.of(201)),
      Map.entry("POST /api/v1/members", List.of(201)),
      Map.entry("POST /api/v1/members/{memberCode}/adjustments", List.of(201)),
      Map.entry("POST /api/v1/members/{memberCode}/transfers", List.of(201)),
      Map.entry("POST /api/v1/members/{memberCode}/conversions", List.of(201)),
      Map.entry("POST /api/v1/members/{memberCode}/notes", List.of(201)),
      Map.entry("POST /api/v1/members/{memberCode}/cards", List.of(201)),
      Map.entry("POST /api/v1/cards/{cardNumber}/replace", List.of(201)),
      Map.entry("POST /api/v1/programmes", List.of(201)),
      Map.entry("POST /api/v1/member-categories", List.of(201)),
      Map.entry("POST /api/v1/member-groups", List.of(201)),
      Map.entry("POST /api/v1/card-types", List.of(201)),
      Map.entry("POST /api/v1/pos/redemptions", List.of(201)),
      Map.entry("POST /api/v1/pos/invoices", List.of(201)),
      Map.entry("POST /api/v1/pos/returns", List.of(201)),
      Map.entry("POST /api/v1/member-imports", List.of(202, 200)),
      Map.entry("POST /api/v1/messages", List.of(202)),
      Map.entry("POST /api/v1/auth/logout", List.of(204)),
      Map.entry("POST /api/v1/auth/password", List.of(204)),
      Map.entry("DELETE /api/v1/auth/mfa", List.of(204)),
      Map.entry("DELETE /api/v1/auth/sessions/{id}", List.of(204)),
      Map.entry("DELETE /api/v1/staff/{username}/sessions", List.of(204)),
      Map.entry("DELETE /api/v1/staff/{username}/sessions/{id}", List.of(204)),
      Map.entry("DELETE /api/v1/member-categories/{code}", List.of(204)),
      Map.entry("DELETE /api/v1/member-groups/{code}", List.of(204)),
      Map.entry("DELETE /api/v1/messaging/sms-gateway", List.of(204)),
      Map.entry("POST /api/v1/push/receipts", List.of(204)),
      Map.entry("PUT /api/v1/members/{memberCode}/pin", List.of(204)));

  /** Answers the scanner cannot see through a JAX-RS Response: lists of a component, by "METHOD path". */
  static final Map<String, String> LISTS = Map.of("GET /api/v1/members", "MemberView");

  /**
   * Fields answered as null rather than left out (records marked @JsonbNillable), by component. Here
   * rather than as @Schema(nullable) on the record: the scanner then drops the record's other fields.
   */
  static final Map<String, List<String>> NULLABLE = Map.of(
      "CatalogueEntry", List.of("variant", "unlockedBy"),
      "Dashboard", List.of("from", "to", "branch"),
      "Level", List.of("level", "name"));

  /** Fields read as a number or as text (a Java Object: Persian digits are welcome), which the scanner calls objects. */
  static final Map<String, List<String>> NUMBER_OR_TEXT = Map.of("TypeForm", List.of("validityMonths"));

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getInfo() != null) {
      openAPI.getInfo().setDescription("Loyalty club platform: platform, tenant staff and POS integration API. "
          + "How a till integrates (authentication, idempotency, errors, retries): docs/integration.md in the repository.");
    }
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    if (openAPI.getComponents().getSchemas() != null) {
      openAPI.getComponents().getSchemas().values().forEach(DescriptionFilter::clean);
    }
    openAPI.getComponents().addSchema(PROBLEM, problem());
    nullable(openAPI.getComponents().getSchemas());
    numberOrText(openAPI.getComponents().getSchemas());
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    Set<String> ids = new HashSet<>();
    for (var path : openAPI.getPaths().getPathItems().entrySet()) {
      PathItem item = path.getValue();
      cleanParameters(item.getParameters());
      for (var op : item.getOperations().entrySet()) {
        String method = op.getKey().name();
        Operation operation = op.getValue();
        operation.setOperationId(unique(ids, operationId(method, path.getKey())));
        cleanParameters(operation.getParameters());
        String key = method + " " + path.getKey();
        answers(operation, SUCCESS.getOrDefault(key, List.of(200)), LISTS.get(key));
        onlyNamedRequestTypes(operation);
        operation.setSecurity(credentials(path.getKey()));
      }
    }
  }

  /**
   * Operations anybody may call (@PublicEndpoint): logging in, what a browser's service worker needs
   * for web push before and without a login (the platform's VAPID key, delivery receipts), and the
   * member portal's way in (the club's look, asking for a code, signing in with it or its link) and
   * its invoice pages (the link is the key).
   */
  static final Set<String> PUBLIC = Set.of("/api/v1/auth/login", "/api/v1/messaging/push/public-key", "/api/v1/push/receipts",
      "/api/v1/portal/{club}/club", "/api/v1/portal/{club}/otp", "/api/v1/portal/{club}/session", "/api/v1/portal/{club}/session/link",
      "/api/v1/portal/invoices/{token}");

  /**
   * Every other operation needs credentials (the schemes of BashgahApi): a staff token, or under
   * /pos/ also a terminal's key (docs/integration.md, Authentication).
   */
  private static List<SecurityRequirement> credentials(String path) {
    if (PUBLIC.contains(path)) {
      return List.of();
    }
    SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme("bearer");
    return path.startsWith("/api/v1/pos/") ? List.of(OASFactory.createSecurityRequirement().addScheme("apiKey"), bearer) : List.of(bearer);
  }

  /** The scanner's "default" answer becomes the successes it is; "default" then describes every failure. */
  private static void answers(Operation operation, List<Integer> successes, String listOf) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    APIResponses responses = operation.getResponses();
    APIResponse scanned = responses.getDefaultValue();
    if (scanned != null && successes.stream().noneMatch(code -> responses.hasAPIResponse(Integer.toString(code)))) {
      responses.removeAPIResponse(APIResponses.DEFAULT);
      for (int success : successes) {
        responses.addAPIResponse(Integer.toString(success), success(scanned, success, listOf));
      }
    }
    for (APIResponse response : responses.getAPIResponses().values()) {
      if (response.getContent() != null) {
        response.getContent().getMediaTypes().values().forEach(media -> clean(media.getSchema()));
      }
    }
    responses.setDefaultValue(OASFactory.createAPIResponse()
        .description("Refused or failed: an RFC 9457 problem whose type names the reason (docs/integration.md, Errors)")
        .content(OASFactory.createContent().addMediaType(PROBLEM_JSON,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
  }

  private static APIResponse success(APIResponse scanned, int status, String listOf) {
    APIResponse response = OASFactory.createAPIResponse()
        .description(status == 201 ? "Created" : status == 202 ? "Accepted" : status == 204 ? "Done; no body" : "OK");
    if (status == 204 || scanned.getContent() == null) {
      return response;
    }
    Content content = OASFactory.createContent();
    for (var media : scanned.getContent().getMediaTypes().entrySet()) {
      Schema schema = media.getValue().getSchema();
      if (listOf != null) {
        schema = OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().ref(listOf));
      } else if (!media.getKey().contains("json")) {
        // A file (image/png, text/csv): bytes, not the object the scanner assumes of a Response.
        schema = OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary");
      }
      content.addMediaType(media.getKey(), OASFactory.createMediaType().schema(schema));
    }
    return response.content(content);
  }

  /**
   * A body read as a stream takes any type (so that a wrong one gets the platform's own 415); where
   * the operation names the types it reads, those are the description, not the scanner's wildcard.
   */
  private static void onlyNamedRequestTypes(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return;
    }
    Map<String, MediaType> types = operation.getRequestBody().getContent().getMediaTypes();
    if (types.size() > 1 && types.containsKey("*/*")) {
      operation.getRequestBody().getContent().removeMediaType("*/*");
    }
    for (var media : operation.getRequestBody().getContent().getMediaTypes().entrySet()) {
      if (media.getKey().contains("json")) {
        clean(media.getValue().getSchema());
      } else if (media.getValue().getSchema() == null) {
        media.getValue().setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
      }
    }
  }

  private static void numberOrText(Map<String, Schema> schemas) {
    for (var component : NUMBER_OR_TEXT.entrySet()) {
      Schema schema = schemas.get(component.getKey());
      if (schema != null && schema.getProperties() != null) {
        for (String name : component.getValue()) {
          if (schema.getProperties().containsKey(name)) {
            // No type: a JSON number, text or null are all read (and checked by the platform itself).
            schema.addProperty(name, OASFactory.createSchema().nullable(true).description("A whole number, as a JSON number or as text"));
          }
        }
      }
    }
  }

  private static void nullable(Map<String, Schema> schemas) {
    for (var component : NULLABLE.entrySet()) {
      Schema schema = schemas.get(component.getKey());
      if (schema == null || schema.getProperties() == null) {
        continue;
      }
      for (String name : component.getValue()) {
        Schema property = schema.getProperties().get(name);
        if (property == null) {
          continue;
        }
        if (property.getRef() != null) {
          // OpenAPI 3.0 ignores anything beside a $ref: the referenced type is written out instead.
          Schema referenced = schemas.get(property.getRef().substring(property.getRef().lastIndexOf('/') + 1));
          property = OASFactory.createSchema().type(referenced == null ? null : referenced.getType()).format(referenced == null ? null : referenced.getFormat());
          schema.addProperty(name, property);
        }
        property.setNullable(true);
      }
    }
  }

  private static Schema problem() {
    return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details, with the request's id and, for a form, the fields at fault")
        .required(List.of("type", "title", "status"))
        .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri"))
        .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
        .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING).nullable(true))
        .addProperty("requestId", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
            .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
            .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING))));
  }

  /** "get /api/v1/members/{memberCode}/balance" -> "getMembersByMemberCodeBalance". */
  static String operationId(String method, String path) {
    StringBuilder id = new StringBuilder(method.toLowerCase(Locale.ROOT));
    for (String segment : path.replaceFirst("^/api/v1", "").split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      boolean parameter = segment.startsWith("{");
      if (parameter) {
        id.append("By");
      }
      for (String word : segment.replaceAll("[{}]", "").split("[^A-Za-z0-9]+")) {
        if (!word.isEmpty()) {
          id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
      }
    }
    return id.toString();
  }

  private static String unique(Set<String> ids, String id) {
    String candidate = id;
    for (int n = 2; !ids.add(candidate); n++) {
      candidate = id + n;
    }
    return candidate;
  }

  private static void cleanParameters(List<Parameter> parameters) {
    if (parameters != null) {
      parameters.forEach(p -> clean(p.getSchema()));
    }
  }

  /** Drops what the scanner fills in from an annotation's defaults: none of it is a real constraint. */
  private static void clean(Schema schema) {
    if (schema == null) {
      return;
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(DescriptionFilter::clean);
    }
    clean(schema.getItems());
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() <= 0) {
      schema.setMultipleOf(null);
    }
    if (schema.getMaxItems() != null && schema.getMaxItems() < 0) {
      schema.setMaxItems(null);
    }
    if (schema.getMinItems() != null && schema.getMinItems() == Integer.MAX_VALUE) {
      schema.setMinItems(null);
    }
    if (schema.getMaxLength() != null && schema.getMaxLength() == Integer.MAX_VALUE) {
      schema.setMaxLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
  }
}
