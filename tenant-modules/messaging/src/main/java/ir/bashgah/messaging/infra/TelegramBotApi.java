package ir.bashgah.messaging.infra;

import ir.bashgah.messaging.domain.messenger.BotApi;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Telegram's bot API, which Bale's follows: JSON POSTs to {@code {base}/bot{token}/{method}} answered
 * by {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code","description","parameters"?}}.
 *
 * <ul>
 *   <li>{@code getMe}: the bot's id and username.
 *   <li>{@code getUpdates} with {@code offset}, {@code limit}, {@code timeout} 0 (answered at once) and
 *       only {@code message} updates.
 *   <li>{@code sendMessage} with {@code chat_id}, {@code text} and a {@code reply_markup} keyboard:
 *       429 with {@code parameters.retry_after} is later, 403 (blocked by the user, user deactivated) is
 *       a chat gone, another 4xx a refusal of the message, 401 a token the API no longer knows.
 * </ul>
 *
 * The token sits in every request's path: it is blanked from every reason that may be stored or
 * logged, and no request's address is ever put into one.
 */
public final class TelegramBotApi implements BotApi {
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);

  private final HttpClient http;
  private final String baseUrl;
  private final String token;
  private final Duration timeout;

  public TelegramBotApi(HttpClient http, String baseUrl, String token, Duration timeout) {
    this.http = http;
    this.baseUrl = trimSlash(baseUrl);
    this.token = token;
    this.timeout = timeout;
  }

  @Override
  public Me me() {
    return call("getMe", Json.createObjectBuilder(), answer -> {
      if (!answer.ok()) {
        // 404 is what the API answers a token that is not one of its bots' (malformed, or of another messenger)
        return answer.tokenRefused() || answer.errorCode() == 404 ? new TokenRefused(answer.reason()) : new Unanswered(answer.reason());
      }
      JsonObject bot = answer.result().asJsonObject();
      return new Identity(bot.getJsonNumber("id").longValueExact(), bot.getString("username"));
    }, Unanswered::new);
  }

  @Override
  public Updates updates(long offset, int limit) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("offset", offset).add("limit", limit).add("timeout", 0)
        .add("allowed_updates", Json.createArrayBuilder().add("message"));
    return call("getUpdates", body, answer -> {
      if (!answer.ok()) {
        // 409: a webhook is set on the bot, or another program reads its updates
        return answer.tokenRefused() ? new TokenRefused(answer.reason()) : new Unanswered(answer.reason());
      }
      List<Update> updates = new ArrayList<>();
      for (JsonValue value : (JsonArray) answer.result()) {
        updates.add(update(value.asJsonObject()));
      }
      return new Received(updates);
    }, Unanswered::new);
  }

  @Override
  public Delivery send(long chatId, String text, Keyboard keyboard) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("chat_id", chatId).add("text", text);
    if (keyboard instanceof AskForContact ask) {
      body.add("reply_markup", Json.createObjectBuilder()
          .add("keyboard", Json.createArrayBuilder().add(Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", ask.label()).add("request_contact", true))))
          .add("resize_keyboard", true)
          .add("one_time_keyboard", true));
    } else if (keyboard instanceof RemoveKeyboard) {
      body.add("reply_markup", Json.createObjectBuilder().add("remove_keyboard", true));
    }
    return call("sendMessage", body, answer -> {
      if (answer.ok()) {
        return new Sent(answer.result().asJsonObject().getJsonNumber("message_id").longValueExact());
      }
      int code = answer.errorCode();
      if (code == 429) {
        return new Later(answer.reason(), answer.retryAfter());
      }
      if (answer.tokenRefused()) {
        return new TokenRefused(answer.reason());
      }
      // 403: the member blocked the bot or left the messenger; 400 "chat not found": the bot has no such chat
      // (another bot's, or one that is gone). Either way the chat will not take a message again.
      if (code == 403 || code == 400 && answer.reason().toLowerCase(Locale.ROOT).contains("chat not found")) {
        return new ChatGone(answer.reason());
      }
      if (code >= 400 && code < 500) {
        return new Refused(answer.reason());
      }
      return new Unanswered(answer.reason());
    }, Unanswered::new);
  }

  /** The API's answer: {@code ok}, and its {@code result} or its error's code, description and advice. */
  private record Answer(int status, JsonObject body, String token) {
    boolean ok() {
      return body.getBoolean("ok", false) && body.containsKey("result");
    }

    JsonValue result() {
      return body.get("result");
    }

    /** The API's code; the HTTP status when the body has none. */
    int errorCode() {
      JsonValue code = body.get("error_code");
      return code != null && code.getValueType() == JsonValue.ValueType.NUMBER ? ((JsonNumber) code).intValue() : status;
    }

    boolean tokenRefused() {
      return errorCode() == 401 || status == 401;
    }

    String reason() {
      JsonValue description = body.get("description");
      String said = description != null && description.getValueType() == JsonValue.ValueType.STRING ? body.getString("description") : "";
      return GatewayExchange.blank(("HTTP " + status + ", error " + errorCode() + ": " + said).trim(), token);
    }

    Duration retryAfter() {
      JsonValue parameters = body.get("parameters");
      if (parameters != null && parameters.getValueType() == JsonValue.ValueType.OBJECT) {
        JsonValue after = parameters.asJsonObject().get("retry_after");
        if (after != null && after.getValueType() == JsonValue.ValueType.NUMBER) {
          return Duration.ofSeconds(Math.max(1, ((JsonNumber) after).longValue()));
        }
      }
      return DEFAULT_RETRY_AFTER;
    }
  }

  private <T> T call(String method, JsonObjectBuilder body, Function<Answer, T> read, Function<String, T> unread) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/bot" + token + "/" + method))
        .timeout(timeout)
        .header("Content-Type", "application/json; charset=UTF-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.build().toString(), StandardCharsets.UTF_8))
        .build();
    GatewayExchange.Answer answer = GatewayExchange.send(http, request, token);
    if (answer.retry() != null) {
      return unread.apply(answer.retry().reason());
    }
    try {
      return read.apply(new Answer(answer.status(), answer.body(), token));
    } catch (ClassCastException | NullPointerException | ArithmeticException | IndexOutOfBoundsException | NumberFormatException e) {
      return unread.apply("HTTP " + answer.status() + " with an answer not in the bot API's shape (" + method + ")");
    }
  }

  /**
   * One update; an update whose message is not in the expected shape is read past like one of another
   * kind, rather than holding up every update after it. Only an update without its id spoils the answer.
   */
  private static Update update(JsonObject update) {
    long id = update.getJsonNumber("update_id").longValueExact();
    try {
      return message(id, update);
    } catch (ClassCastException | NullPointerException | ArithmeticException e) {
      return Update.other(id);
    }
  }

  private static Update message(long id, JsonObject update) {
    JsonValue value = update.get("message");
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      return Update.other(id);
    }
    JsonObject message = value.asJsonObject();
    JsonObject chat = message.getJsonObject("chat");
    JsonValue from = message.get("from");
    if (chat == null || from == null || from.getValueType() != JsonValue.ValueType.OBJECT) {
      return Update.other(id);
    }
    String type = chat.getString("type", "");
    String text = message.get("text") != null && message.get("text").getValueType() == JsonValue.ValueType.STRING ? message.getString("text") : null;
    Contact contact = null;
    JsonValue shared = message.get("contact");
    if (shared != null && shared.getValueType() == JsonValue.ValueType.OBJECT) {
      JsonObject c = shared.asJsonObject();
      JsonValue user = c.get("user_id");
      contact = new Contact(c.getString("phone_number", ""),
          user != null && user.getValueType() == JsonValue.ValueType.NUMBER ? ((JsonNumber) user).longValueExact() : null);
    }
    return new Update(id, chat.getJsonNumber("id").longValueExact(), type.toLowerCase(Locale.ROOT).equals("private"),
        from.asJsonObject().getJsonNumber("id").longValueExact(), text, contact);
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
