package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.SmsGateway;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * SMS.ir's REST send (API-2.md, "Third parties"): {@code POST {base}/v1/send/bulk} with the key in
 * {@code X-API-KEY} and {@code {"lineNumber","messageText","mobiles":[...]}}, answered by
 * {@code {"status":1,"message","data":{"packId","messageIds":[...],"cost"}}}. SMS.ir takes no key of
 * ours against a repeated send, and its {@code cost} is in its own credits, not Rial, so none is kept.
 */
public final class SmsIrGateway implements SmsGateway {
  public static final String DEFAULT_BASE_URL = "https://api.sms.ir";

  /** Status codes that say "not now": 0 the server failed, 20 too many requests, 102 the credit has run out. */
  private static final Set<Integer> LATER = Set.of(0, 20, 102);

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
    JsonObjectBuilder body = Json.createObjectBuilder();
    // SMS.ir's line numbers are numbers in its JSON
    if (lineNumber != null && lineNumber.matches("\\d{1,18}")) {
      body.add("lineNumber", Long.parseLong(lineNumber));
    } else {
      body.add("lineNumber", lineNumber == null ? "" : lineNumber);
    }
    body.add("messageText", text).add("mobiles", Json.createArrayBuilder().add(mobile));
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/send/bulk"))
        .timeout(timeout)
        .header("X-API-KEY", apiKey)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.build().toString(), StandardCharsets.UTF_8))
        .build();
    return GatewayExchange.exchange(http, request, apiKey, "SMS.ir", this::read);
  }

  private Result read(GatewayExchange.Answer answer) {
    JsonObject json = answer.body();
    int status = json.getJsonNumber("status").intValueExact();
    String said = json.containsKey("message") && !json.isNull("message") ? json.get("message").toString() : "";
    if (status == 1 && answer.status() < 300) {
      JsonObject data = json.getJsonObject("data");
      String messageId = data.getJsonArray("messageIds").get(0).toString();
      return new Sent(messageId.replace("\"", ""), null);
    }
    String reason = GatewayExchange.blank("SMS.ir " + status + " (HTTP " + answer.status() + "): " + said, apiKey);
    return LATER.contains(status) || answer.status() == 429 ? new Retry(reason) : new Refused(reason);
  }
}
