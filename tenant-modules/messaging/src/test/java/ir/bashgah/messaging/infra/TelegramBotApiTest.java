package ir.bashgah.messaging.infra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import ir.bashgah.messaging.domain.messenger.BotApi;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Telegram's bot API (and Bale's, which follows it) as its documentation writes it, against a local fake. */
class TelegramBotApiTest {
  static final String TOKEN = "123456789:AAH-secret_token-4xYz";
  static final String SEND = "/bot" + TOKEN + "/sendMessage";
  static final String UPDATES = "/bot" + TOKEN + "/getUpdates";
  static final String ME = "/bot" + TOKEN + "/getMe";

  WireMockServer telegram;
  TelegramBotApi api;

  @BeforeEach
  void start() {
    telegram = new WireMockServer(wireMockConfig().dynamicPort());
    telegram.start();
    api = new TelegramBotApi(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), telegram.baseUrl() + "/", TOKEN, Duration.ofMillis(500));
  }

  @AfterEach
  void stop() {
    telegram.stop();
  }

  static String error(int code, String description) {
    return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}";
  }

  @Test
  void aTakenMessageIsSentWithItsChatAndTextAndAnswersTheMessagesId() {
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(okJson(
        "{\"ok\":true,\"result\":{\"message_id\":4711,\"from\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"Golestan\"},"
            + "\"chat\":{\"id\":5550001,\"type\":\"private\"},\"date\":1765100000,\"text\":\"سلام ۱۲۳\"}}")));

    assertThat(api.send(5550001L, "سلام ۱۲۳", null)).isEqualTo(new BotApi.Sent(4711));

    telegram.verify(1, postRequestedFor(urlEqualTo(SEND)).withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"chat_id\":5550001,\"text\":\"سلام ۱۲۳\"}")));
  }

  @Test
  void aKeyboardAsksForTheMembersOwnNumberOrIsTakenAway() {
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":1}}")));

    api.send(7L, "شماره؟", new BotApi.AskForContact("ارسال شماره‌ی من"));
    api.send(7L, "وصل شد", new BotApi.RemoveKeyboard());

    telegram.verify(postRequestedFor(urlEqualTo(SEND)).withRequestBody(equalToJson("{\"chat_id\":7,\"text\":\"شماره؟\",\"reply_markup\":"
        + "{\"keyboard\":[[{\"text\":\"ارسال شماره‌ی من\",\"request_contact\":true}]],\"resize_keyboard\":true,\"one_time_keyboard\":true}}")));
    telegram.verify(postRequestedFor(urlEqualTo(SEND)).withRequestBody(equalToJson(
        "{\"chat_id\":7,\"text\":\"وصل شد\",\"reply_markup\":{\"remove_keyboard\":true}}")));
  }

  @Test
  void tooManyRequestsIsLaterByTheApisOwnAdvice() {
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withBody("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 17\",\"parameters\":{\"retry_after\":17}}")));

    BotApi.Delivery later = api.send(1L, "x", null);

    assertThat(later).isInstanceOf(BotApi.Later.class);
    assertThat(((BotApi.Later) later).retryAfter()).isEqualTo(Duration.ofSeconds(17));
    assertThat(((BotApi.Later) later).reason()).contains("429").contains("Too Many Requests");
  }

  @Test
  void aMemberWhoBlockedTheBotOrAChatTheBotDoesNotHaveIsGone() {
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
        .withBody(error(403, "Forbidden: bot was blocked by the user"))));
    BotApi.Delivery blocked = api.send(1L, "x", null);
    assertThat(blocked).isInstanceOf(BotApi.ChatGone.class);
    assertThat(((BotApi.ChatGone) blocked).reason()).contains("blocked by the user");

    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody(error(400, "Bad Request: chat not found"))));
    assertThat(api.send(1L, "x", null)).isInstanceOf(BotApi.ChatGone.class);

    // another bad request is this message's own fault: refused, the chat is fine
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody(error(400, "Bad Request: message text is empty"))));
    assertThat(api.send(1L, "x", null)).isInstanceOf(BotApi.Refused.class);
  }

  @Test
  void aRevokedTokenIsSaidSoWithoutTheTokenInTheReason() {
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody(error(401, "Unauthorized"))));
    telegram.stubFor(post(urlEqualTo(UPDATES)).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody(error(401, "Unauthorized"))));
    telegram.stubFor(post(urlEqualTo(ME)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
        .withBody(error(404, "Not Found"))));

    assertThat(api.send(1L, "x", null)).isInstanceOf(BotApi.TokenRefused.class);
    assertThat(api.updates(0, 100)).isInstanceOf(BotApi.TokenRefused.class);
    BotApi.Me me = api.me();
    assertThat(me).isInstanceOf(BotApi.TokenRefused.class);
    assertThat(((BotApi.TokenRefused) me).reason()).doesNotContain(TOKEN).doesNotContain("secret");
  }

  @Test
  void aServerErrorIsUnansweredAndSoIsAnApiThatIsNotThere() {
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(502).withBody("Bad Gateway")));
    assertThat(api.send(1L, "x", null)).isInstanceOf(BotApi.Unanswered.class);

    telegram.stop();
    BotApi.Delivery gone = api.send(1L, "x", null);
    assertThat(gone).isInstanceOf(BotApi.Unanswered.class);
    assertThat(((BotApi.Unanswered) gone).reason()).doesNotContain(TOKEN);
    assertThat(api.me()).isInstanceOf(BotApi.Unanswered.class);
  }

  @Test
  void aSlowAnswerBeyondTheTimeoutIsUnansweredAndNotWaitedFor() {
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"ok\":true,\"result\":{\"message_id\":1}}").withFixedDelay(3000)));
    long began = System.nanoTime();

    assertThat(api.send(1L, "x", null)).isInstanceOf(BotApi.Unanswered.class);
    assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void garbageIsUnanswered() {
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(200).withBody("<html>proxy error</html>")));
    assertThat(api.send(1L, "x", null)).isInstanceOf(BotApi.Unanswered.class);
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{\"ok\":true,\"result\":{\"chat\":{}}}")));
    assertThat(api.send(1L, "x", null)).isInstanceOf(BotApi.Unanswered.class);
    telegram.stubFor(post(urlEqualTo(SEND)).willReturn(okJson("{}")));
    assertThat(api.send(1L, "x", null)).isInstanceOf(BotApi.Unanswered.class);
    telegram.stubFor(post(urlEqualTo(UPDATES)).willReturn(okJson("{\"ok\":true,\"result\":{\"update_id\":1}}")));
    assertThat(api.updates(0, 100)).isInstanceOf(BotApi.Unanswered.class);
  }

  @Test
  void getMeAnswersTheBotsIdAndUsername() {
    telegram.stubFor(post(urlEqualTo(ME)).willReturn(okJson(
        "{\"ok\":true,\"result\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"باشگاه گلستان\",\"username\":\"golestan_club_bot\"}}")));
    assertThat(api.me()).isEqualTo(new BotApi.Identity(123456789L, "golestan_club_bot"));
  }

  @Test
  void updatesAreAskedFromTheOffsetAtOnceAndReadAsMessagesAndContacts() {
    telegram.stubFor(post(urlEqualTo(UPDATES)).willReturn(okJson("""
        {"ok":true,"result":[
         {"update_id":900001,"message":{"message_id":1,"from":{"id":5550001,"is_bot":false,"first_name":"سارا"},
           "chat":{"id":5550001,"type":"private","first_name":"سارا"},"date":1765100000,"text":"/start"}},
         {"update_id":900002,"message":{"message_id":2,"from":{"id":5550001,"is_bot":false,"first_name":"سارا"},
           "chat":{"id":5550001,"type":"private"},"date":1765100001,
           "contact":{"phone_number":"989121234567","first_name":"سارا","user_id":5550001}}},
         {"update_id":900003,"message":{"message_id":3,"from":{"id":5550002,"is_bot":false,"first_name":"Ali"},
           "chat":{"id":-100200,"type":"group","title":"friends"},"date":1765100002,"text":"hi"}},
         {"update_id":900004,"edited_message":{"message_id":1}},
         {"update_id":900005,"message":{"message_id":5,"from":"not an object","chat":{"id":1,"type":"private"}}}
        ]}""")));

    BotApi.Updates answer = api.updates(900001, 100);

    telegram.verify(postRequestedFor(urlEqualTo(UPDATES)).withRequestBody(equalToJson(
        "{\"offset\":900001,\"limit\":100,\"timeout\":0,\"allowed_updates\":[\"message\"]}")));
    assertThat(answer).isInstanceOf(BotApi.Received.class);
    assertThat(((BotApi.Received) answer).updates()).containsExactly(
        new BotApi.Update(900001, 5550001, true, 5550001L, "/start", null),
        new BotApi.Update(900002, 5550001, true, 5550001L, null, new BotApi.Contact("989121234567", 5550001L)),
        new BotApi.Update(900003, -100200, false, 5550002L, "hi", null),
        BotApi.Update.other(900004),
        BotApi.Update.other(900005));
  }
}
