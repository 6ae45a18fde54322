package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.SmsGateway;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * Kavenegar's REST send (API-2.md, "Third parties"): a form POST to {@code {base}/v1/{apiKey}/sms/send.json}
 * with {@code receptor}, {@code sender}, {@code message} and {@code localid}, answered by
 * {@code {"return":{"status","message"},"entries":[{"messageid","status","receptor","cost"}]}}. The
 * outbox row's id goes as {@code localid}: Kavenegar does not send a second message with a localid it
 * has seen, so a retry after a lost answer cannot reach the member twice.
 */
public final class KavenegarGateway implements SmsGateway {
  public static final String DEFAULT_BASE_URL = "https://api.kavenegar.com";

  /**
   * Return codes that say "not now" rather than "not this request": 409 the server cannot answer now,
   * 414 too many requests, 418 the account's credit has run out (it may be topped up), 429 too many
   * from this address.
   */
  private static final Set<Integer> LATER = Set.of(409, 414, 418, 429);

  /** Entry statuses of a message the gateway already knows it cannot deliver (API-2.md: 6, 11, 13, 14, 100 failed). */
  private static final Set<Integer> UNDELIVERABLE = Set.of(6, 11, 13, 14, 100);

  private final HttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final String sender;
  private final Duration timeout;

  public KavenegarGateway(HttpClient http, String baseUrl, String apiKey, String sender, Duration timeout) {
    this.http = http;
    this.baseUrl = trimSlash(baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl);
    this.apiKey = apiKey;
    this.sender = sender;
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return "kavenegar";
  }

  @Override
  public Result send(long localId, String mobile, String text) {
    StringBuilder form = new StringBuilder();
    field(form, "receptor", mobile);
    if (sender != null && !sender.isBlank()) {
      field(form, "sender", sender);
    }
    field(form, "message", text);
    field(form, "localid", Long.toString(localId));
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v1/" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8) + "/sms/send.json"))
        .timeout(timeout)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8))
        .build();
    return GatewayExchange.exchange(http, request, apiKey, "Kavenegar", this::read);
  }

  private Result read(GatewayExchange.Answer answer) {
    JsonObject ret = answer.body().getJsonObject("return");
    int status = ret.getJsonNumber("status").intValueExact();
    String said = ret.containsKey("message") && ret.get("message").getValueType() == JsonValue.ValueType.STRING ? ret.getString("message") : "";
    if (status != 200) {
      String reason = GatewayExchange.blank("Kavenegar " + status + ": " + said, apiKey);
      return LATER.contains(status) ? new Retry(reason) : new Refused(reason);
    }
    JsonArray entries = answer.body().getJsonArray("entries");
    JsonObject entry = entries.getJsonObject(0);
    String messageId = entry.get("messageid").toString();
    int entryStatus = entry.containsKey("status") ? entry.getJsonNumber("status").intValueExact() : 1;
    if (UNDELIVERABLE.contains(entryStatus)) {
      return new Refused("Kavenegar took it with status " + entryStatus + " (undeliverable)");
    }
    JsonNumber cost = entry.containsKey("cost") && entry.get("cost").getValueType() == JsonValue.ValueType.NUMBER ? entry.getJsonNumber("cost") : null;
    return new Sent(messageId.replace("\"", ""), cost == null ? null : cost.bigDecimalValue().longValue());
  }

  private static void field(StringBuilder form, String name, String value) {
    if (!form.isEmpty()) {
      form.append('&');
    }
    form.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
