package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.DeliveryReport;
import ir.bashgah.messaging.domain.message.SmsGateway;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SMS.ir's REST API (API-2.md, "Third parties"; the key in {@code X-API-KEY}), answered by
 * {@code {"status","message","data"}} where status 1 is success.
 *
 * <ul>
 *   <li>{@code POST {base}/v1/send/bulk} {@code {"lineNumber","messageText","mobiles":[...]}} answers
 *       {@code data: {"packId","messageIds":[...],"cost"}}. SMS.ir takes no key of ours against a
 *       repeated send, and its {@code cost} is in its own credits, not Rial, so none is kept.
 *   <li>{@code POST {base}/v1/send/verify} {@code {"mobile","templateId","parameters":[{"name","value"}]}}
 *       answers {@code data: {"messageId","cost"}}; the template is named by its number in SMS.ir's
 *       panel and must hold the code as {@code #CODE#}.
 *   <li>{@code GET {base}/v1/send/{messageId}}, one message a request, answers {@code data:
 *       {"messageId","mobile","messageText","sendDateTime","lineNumber","cost","deliveryState","deliveryDateTime"}}
 *       with {@code deliveryState} 1 delivered, 2 not delivered to the handset, 3 reached the telecom,
 *       4 did not reach the telecom, 5 reached the operator, 6 failed, 7 the black list (the recipient
 *       blocks advertising SMS), 8 unknown, or null (no word yet); times are Unix seconds.
 * </ul>
 */
public final class SmsIrGateway implements SmsGateway {
  public static final String DEFAULT_BASE_URL = "https://api.sms.ir";

  /** The name of the verify template's parameter that receives the code. */
  public static final String VERIFY_PARAMETER = "CODE";

  /** SMS.ir answers on one message a request; this many are asked one after the other in one call. */
  static final int REPORTS_PER_REQUEST = 20;

  /** Status codes that say "not now": 0 the server failed, 20 too many requests, 102 the credit has run out. */
  private static final Set<Integer> LATER = Set.of(0, 20, 102);

  /** The status of a send to numbers on SMS.ir's black list: recipients who block advertising SMS. */
  private static final int ON_THE_BLACK_LIST = 115;

  /** The status of a report asked for an id SMS.ir does not know (yet): no word on it. */
  private static final int NO_SUCH_MESSAGE = 111;

  private static final int DELIVERED = 1;
  private static final int BLACK_LIST = 7;
  private static final Map<Integer, String> UNDELIVERABLE = Map.of(
      2, "not delivered to the recipient's handset",
      4, "did not reach the telecom operator",
      6, "failed");

  private final HttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final String lineNumber;
  private final Duration timeout;

  public SmsIrGateway(HttpClient http, String baseUrl, String apiKey, String lineNumber, Duration timeout) {
    this.http = http;
    this.baseUrl = KavenegarGateway.trimSlash(baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl);
    this.apiKey = apiKey;
    this.lineNumber = lineNumber;
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return "smsir";
  }

  @Override
  public Result send(long localId, String mobile, String text) {
    return sendFrom(lineNumber, localId, mobile, text);
  }

  @Override
  public Result sendFrom(String line, long localId, String mobile, String text) {
    JsonObjectBuilder body = Json.createObjectBuilder();
    // SMS.ir's line numbers are numbers in its JSON
    if (line != null && line.matches("\\d{1,18}")) {
      body.add("lineNumber", Long.parseLong(line));
    } else {
      body.add("lineNumber", line == null ? "" : line);
    }
    body.add("messageText", text).add("mobiles", Json.createArrayBuilder().add(mobile));
    return GatewayExchange.exchange(http, post("/v1/send/bulk", body.build()), apiKey, "SMS.ir", answer -> readSent(answer, true));
  }

  @Override
  public Result sendVerify(long localId, String mobile, String template, String token) {
    if (template == null || !template.matches("\\d{1,9}")) {
      return new Refused("SMS.ir names a verify template by its number in the panel, not '" + template + "'");
    }
    if (token == null || token.isBlank()) {
      return new Refused("a verify send needs a token");
    }
    JsonObject body = Json.createObjectBuilder()
        .add("mobile", mobile)
        .add("templateId", Integer.parseInt(template))
        .add("parameters", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", VERIFY_PARAMETER).add("value", token)))
        .build();
    return GatewayExchange.exchange(http, post("/v1/send/verify", body), apiKey, "SMS.ir", answer -> readSent(answer, false));
  }

  @Override
  public int reportsPerRequest() {
    return REPORTS_PER_REQUEST;
  }

  @Override
  public Reports reports(List<String> providerMessageIds) {
    List<DeliveryReport> reports = new ArrayList<>();
    for (String id : providerMessageIds) {
      if (!id.matches("\\d{1,19}")) {
        // not an id SMS.ir gives: asking would put whatever it is into the request's path
        reports.add(DeliveryReport.pending(id));
        continue;
      }
      HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/send/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
          .timeout(timeout)
          .header("X-API-KEY", apiKey)
          .header("Accept", "application/json")
          .GET()
          .build();
      Reports answer = GatewayExchange.exchange(http, request, apiKey, "SMS.ir", a -> readReport(a, id), Unanswered::new);
      if (answer instanceof Unanswered unanswered) {
        // a gateway that is down now is down for the next id too: what is learnt so far is kept, the rest asked later
        return reports.isEmpty() ? unanswered : new Reported(reports);
      }
      reports.addAll(((Reported) answer).reports());
    }
    return new Reported(reports);
  }

  private HttpRequest post(String path, JsonObject body) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(timeout)
        .header("X-API-KEY", apiKey)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
        .build();
  }

  private Result readSent(GatewayExchange.Answer answer, boolean bulk) {
    JsonObject json = answer.body();
    int status = json.getJsonNumber("status").intValueExact();
    if (status == 1 && answer.status() < 300) {
      JsonObject data = json.getJsonObject("data");
      String messageId = bulk ? data.getJsonArray("messageIds").get(0).toString() : data.get("messageId").toString();
      return new Sent(messageId.replace("\"", ""), null);
    }
    if (status == ON_THE_BLACK_LIST) {
      return new Refused(DO_NOT_DISTURB);
    }
    String reason = reason(answer, status);
    return LATER.contains(status) || answer.status() == 429 ? new Retry(reason) : new Refused(reason);
  }

  private Reports readReport(GatewayExchange.Answer answer, String id) {
    JsonObject json = answer.body();
    int status = json.getJsonNumber("status").intValueExact();
    if (status == NO_SUCH_MESSAGE) {
      return new Reported(List.of(DeliveryReport.pending(id)));
    }
    if (status != 1 || answer.status() >= 300) {
      return new Unanswered(reason(answer, status));
    }
    JsonObject data = json.getJsonObject("data");
    JsonValue state = data.get("deliveryState");
    if (state == null || state.getValueType() == JsonValue.ValueType.NULL) {
      return new Reported(List.of(DeliveryReport.pending(id)));
    }
    int delivery = ((JsonNumber) state).intValueExact();
    if (delivery == DELIVERED) {
      JsonValue at = data.get("deliveryDateTime");
      Instant when = at instanceof JsonNumber n ? Instant.ofEpochSecond(n.longValueExact()) : null;
      return new Reported(List.of(DeliveryReport.delivered(id, when)));
    }
    if (delivery == BLACK_LIST) {
      return new Reported(List.of(DeliveryReport.blocked(id)));
    }
    if (UNDELIVERABLE.containsKey(delivery)) {
      return new Reported(List.of(DeliveryReport.undelivered(id, "SMS.ir delivery state " + delivery + ": " + UNDELIVERABLE.get(delivery))));
    }
    // 3 and 5 (on its way), 8 (unknown) and any state SMS.ir adds later: no final word yet
    return new Reported(List.of(DeliveryReport.pending(id)));
  }

  private String reason(GatewayExchange.Answer answer, int status) {
    JsonObject json = answer.body();
    String said = json.containsKey("message") && !json.isNull("message") ? json.get("message").toString() : "";
    return GatewayExchange.blank("SMS.ir " + status + " (HTTP " + answer.status() + "): " + said, apiKey);
  }
}
