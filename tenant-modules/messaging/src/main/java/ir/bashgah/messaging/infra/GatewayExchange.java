package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.message.SmsGateway;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * One request to a gateway, with what every gateway shares: a timeout, a refused connection, a 5xx
 * or a body that is not a JSON object is worth a retry. The API key may sit in the request's address
 * (Kavenegar's does), so it is blanked from every reason that may be stored or logged.
 */
final class GatewayExchange {
  /** The gateway's answer as a JSON object, or why there is none worth reading. */
  record Answer(int status, JsonObject body, SmsGateway.Retry retry) {}

  private GatewayExchange() {}

  static Answer send(HttpClient http, HttpRequest request, String secret) {
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      return retry(-1, "no answer in time: " + e.getMessage(), secret);
    } catch (IOException e) {
      return retry(-1, "no answer: " + e.getClass().getSimpleName() + " " + e.getMessage(), secret);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return retry(-1, "interrupted while waiting for the gateway", secret);
    }
    int status = response.statusCode();
    if (status >= 500) {
      return retry(status, "HTTP " + status + " from the gateway", secret);
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body() == null ? "" : response.body()))) {
      return new Answer(status, reader.readObject(), null);
    } catch (JsonException | IllegalStateException e) {
      return retry(status, "HTTP " + status + " with an answer that is not a JSON object: " + head(response.body()), secret);
    }
  }

  /**
   * Sends the request and reads a JSON answer with {@code read}; an answer not in the gateway's shape
   * (a field missing or of another type) is worth a retry, like no answer at all.
   */
  static SmsGateway.Result exchange(HttpClient http, HttpRequest request, String secret, String gateway, Function<Answer, SmsGateway.Result> read) {
    return exchange(http, request, secret, gateway, read, SmsGateway.Retry::new);
  }

  /**
   * The same for any kind of answer (a delivery report's): {@code unread} makes the answer of an
   * exchange that gave nothing worth reading, with the reason.
   */
  static <T> T exchange(HttpClient http, HttpRequest request, String secret, String gateway, Function<Answer, T> read, Function<String, T> unread) {
    Answer answer = send(http, request, secret);
    if (answer.retry() != null) {
      return unread.apply(answer.retry().reason());
    }
    try {
      return read.apply(answer);
    } catch (ClassCastException | NullPointerException | ArithmeticException | IndexOutOfBoundsException | NumberFormatException e) {
      return unread.apply("HTTP " + answer.status() + " with an answer not in " + gateway + "'s shape");
    }
  }

  static String blank(String text, String secret) {
    if (text == null || secret == null || secret.isEmpty()) {
      return text;
    }
    return text.replace(secret, "***");
  }

  private static Answer retry(int status, String reason, String secret) {
    return new Answer(status, null, new SmsGateway.Retry(blank(reason, secret)));
  }

  private static String head(String body) {
    if (body == null) {
      return "";
    }
    return body.length() > 120 ? body.substring(0, 120) + "..." : body;
  }
}
