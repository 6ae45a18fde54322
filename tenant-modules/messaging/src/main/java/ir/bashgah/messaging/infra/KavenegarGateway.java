package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.DeliveryReport;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Kavenegar's REST API (API-2.md, "Third parties"): form POSTs to {@code {base}/v1/{apiKey}/...}
 * answered by {@code {"return":{"status","message"},"entries":[...]}}.
 *
 * <ul>
 *   <li>{@code sms/send.json} with {@code receptor}, {@code sender}, {@code message} and {@code localid}:
 *       the outbox row's id goes as {@code localid}, and Kavenegar does not send a second message with
 *       a localid it has seen, so a retry after a lost answer cannot reach the member twice.
 *   <li>{@code verify/lookup.json} with {@code receptor}, {@code token} and {@code template}: a one-time
 *       code through a template of the account's panel, on a service line.
 *   <li>{@code sms/status.json} with {@code messageid}, up to 500 ids separated by commas (more is
 *       Kavenegar's return status 414): each entry's {@code status} is 1, 2, 4 or 5 on its way, 10
 *       delivered, 6, 11, 13, 14 or 100 failed, 14 being the recipient's block of advertising SMS.
 * </ul>
 */
public final class KavenegarGateway implements SmsGateway {
  public static final String DEFAULT_BASE_URL = "https://api.kavenegar.com";

  /** Kavenegar refuses a status request naming more messages (its return status 414). */
  static final int REPORTS_PER_REQUEST = 500;

  /**
   * Return codes that say "not now" rather than "not this request": 409 the server cannot answer now,
   * 414 too many requests, 418 the account's credit has run out (it may be topped up), 429 too many
   * from this address.
   */
  private static final Set<Integer> LATER = Set.of(409, 414, 418, 429);

  /** Entry status of a message the recipient's operator refuses because the recipient blocks advertising SMS. */
  private static final int BLOCKED = 14;

  /** Entry statuses of a message that will not be delivered (API-2.md: 6, 11, 13, 14, 100 failed), with what each means. */
  private static final Map<Integer, String> UNDELIVERABLE = Map.of(
      6, "the sender line failed to send it",
      11, "not delivered to the recipient",
      13, "cancelled, or could not be sent (the cost was refunded)",
      BLOCKED, DO_NOT_DISTURB,
      100, "the gateway does not know this message");

  /** Entry statuses of a message on its way: queued, scheduled, sent to the operator's centre, sent to the operator. */
  private static final Set<Integer> ON_ITS_WAY = Set.of(1, 2, 4, 5);

  private static final int DELIVERED = 10;

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
    return sendFrom(sender, localId, mobile, text);
  }

  @Override
  public Result sendFrom(String line, long localId, String mobile, String text) {
    StringBuilder form = new StringBuilder();
    field(form, "receptor", mobile);
    if (line != null && !line.isBlank()) {
      field(form, "sender", line);
    }
    field(form, "message", text);
    field(form, "localid", Long.toString(localId));
    return GatewayExchange.exchange(http, post("sms/send.json", form), apiKey, "Kavenegar", this::readSent);
  }

  @Override
  public Result sendVerify(long localId, String mobile, String template, String token) {
    if (template == null || template.isBlank() || token == null || token.isBlank()) {
      return new Refused("a verify send needs the template's name and a token");
    }
    StringBuilder form = new StringBuilder();
    field(form, "receptor", mobile);
    field(form, "token", token);
    field(form, "template", template);
    return GatewayExchange.exchange(http, post("verify/lookup.json", form), apiKey, "Kavenegar", this::readSent);
  }

  @Override
  public int reportsPerRequest() {
    return REPORTS_PER_REQUEST;
  }

  @Override
  public Reports reports(List<String> providerMessageIds) {
    if (providerMessageIds.size() > REPORTS_PER_REQUEST) {
      throw new IllegalArgumentException("Kavenegar reports on at most " + REPORTS_PER_REQUEST + " messages a request");
    }
    StringBuilder form = new StringBuilder();
    field(form, "messageid", String.join(",", providerMessageIds));
    return GatewayExchange.exchange(http, post("sms/status.json", form), apiKey, "Kavenegar", this::readReports, Unanswered::new);
  }

  private HttpRequest post(String method, StringBuilder form) {
    return HttpRequest.newBuilder(URI.create(baseUrl + "/v1/" + URLEncoder.encode(apiKey, StandardCharsets.UTF_8) + "/" + method))
        .timeout(timeout)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8))
        .build();
  }

  private Result readSent(GatewayExchange.Answer answer) {
    String refusal = refusal(answer);
    if (refusal != null) {
      return LATER.contains(returnStatus(answer)) ? new Retry(refusal) : new Refused(refusal);
    }
    JsonArray entries = answer.body().getJsonArray("entries");
    JsonObject entry = entries.getJsonObject(0);
    String messageId = entry.get("messageid").toString();
    int entryStatus = entry.containsKey("status") ? entry.getJsonNumber("status").intValueExact() : 1;
    if (entryStatus == BLOCKED) {
      return new Refused(DO_NOT_DISTURB);
    }
    if (UNDELIVERABLE.containsKey(entryStatus)) {
      return new Refused("Kavenegar took it with status " + entryStatus + ": " + UNDELIVERABLE.get(entryStatus));
    }
    JsonNumber cost = entry.containsKey("cost") && entry.get("cost").getValueType() == JsonValue.ValueType.NUMBER ? entry.getJsonNumber("cost") : null;
    return new Sent(messageId.replace("\"", ""), cost == null ? null : cost.bigDecimalValue().longValue());
  }

  private Reports readReports(GatewayExchange.Answer answer) {
    String refusal = refusal(answer);
    if (refusal != null) {
      // a refused key or an empty credit says nothing of the messages: they are asked about again later
      return new Unanswered(refusal);
    }
    List<DeliveryReport> reports = new ArrayList<>();
    for (JsonValue value : answer.body().getJsonArray("entries")) {
      JsonObject entry = value.asJsonObject();
      String id = entry.get("messageid").toString().replace("\"", "");
      int status = entry.getJsonNumber("status").intValueExact();
      if (status == DELIVERED) {
        // Kavenegar's status does not say when: the time it is learnt stands for it
        reports.add(DeliveryReport.delivered(id, null));
      } else if (status == BLOCKED) {
        reports.add(DeliveryReport.blocked(id));
      } else if (UNDELIVERABLE.containsKey(status)) {
        reports.add(DeliveryReport.undelivered(id, "Kavenegar status " + status + ": " + UNDELIVERABLE.get(status)));
      } else {
        // 1, 2, 4, 5 and any status Kavenegar adds later: no final word yet
        reports.add(DeliveryReport.pending(id));
      }
    }
    return new Reported(reports);
  }

  /** The reason of an answer whose return status is not 200, with the key blanked; null for a 200. */
  private String refusal(GatewayExchange.Answer answer) {
    JsonObject ret = answer.body().getJsonObject("return");
    int status = returnStatus(answer);
    if (status == 200) {
      return null;
    }
    String said = ret.containsKey("message") && ret.get("message").getValueType() == JsonValue.ValueType.STRING ? ret.getString("message") : "";
    return GatewayExchange.blank("Kavenegar " + status + ": " + said, apiKey);
  }

  private static int returnStatus(GatewayExchange.Answer answer) {
    return answer.body().getJsonObject("return").getJsonNumber("status").intValueExact();
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
