package ir.bashgah.app.it;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import ir.bashgah.app.it.EdgeProbe.Answer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** How a probe is sent: to which base, with whose credentials, with a fresh Idempotency-Key and client address. */
final class EdgeProbeRequests {
  static final String API = "/api/v1";

  /** Restassured sends bytes as they are, without a charset added to the Content-Type. */
  static RestAssuredConfig rawBodies() {
    return RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));
  }

  /** Bytes as they are, and an answer within 30 seconds: a probe that keeps the server busy longer fails as "no answer". */
  private static final RestAssuredConfig PROBE_CONFIG = rawBodies().httpClient(
      HttpClientConfig.httpClientConfig().setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 30_000));

  /** A request body and its Content-Type. */
  record Body(String contentType, byte[] bytes) {}

  private final String root;
  private final Api api;
  private final String admin;
  private final EdgeProbeClub club;
  private final AtomicInteger keys = new AtomicInteger();

  EdgeProbeRequests(String root, Api api, String admin, EdgeProbeClub club) {
    this.root = root;
    this.api = api;
    this.admin = admin;
    this.club = club;
  }

  /** The credentials of an operation: the platform admin's under /platform/, the terminal's under /pos/, the owner's elsewhere. */
  RequestSpecification request(String path, String accept) {
    RequestSpecification r = given().baseUri(root).config(PROBE_CONFIG).urlEncodingEnabled(false).accept(accept)
        .header("X-Forwarded-For", api.elsewhere().clientAddress())
        .header("Idempotency-Key", "probe-" + keys.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8));
    if (path.startsWith(API + "/platform/")) {
      r.header("Authorization", "Bearer " + admin);
    } else if (path.startsWith(API + "/pos/")) {
      r.header("Authorization", "ApiKey " + club.terminalKey);
    } else if (!path.equals(API + "/auth/login")) {
      r.header("Authorization", "Bearer " + club.owner);
    }
    return r;
  }

  Answer send(String method, String path, String accept, String body, String contentType, Map<String, String> query) {
    return send(method, path, accept, new Body(contentType, body.getBytes(StandardCharsets.UTF_8)), query);
  }

  Answer sendBytes(String method, String path, String accept, byte[] body, String contentType) {
    return send(method, path, accept, new Body(contentType, body), Map.of());
  }

  Answer send(String method, String path, String accept, Body body, Map<String, String> query) {
    RequestSpecification r = request(path, accept);
    if (body != null) {
      r.contentType(body.contentType()).body(body.bytes());
    }
    return Answer.of(r.request(method, path + queryString(query)));
  }

  /** A body announced by Content-Length as {@code length} bytes of which only the first few arrive: it must be answered without waiting for the rest. */
  Answer announced(String method, String path, long length, String contentType) {
    try {
      RawHttp.Answer a = new RawHttp(new URL(root + "/")).send(method + " " + path + " HTTP/1.1\r\nAuthorization: Bearer " + club.owner
          + "\r\nContent-Type: " + contentType + "\r\nIdempotency-Key: probe-announced\r\nContent-Length: " + length,
          "firstName,lastName,mobile\n".getBytes(StandardCharsets.UTF_8));
      return Answer.of(a);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("no answer: " + e, e);
    }
  }

  private static String queryString(Map<String, String> query) {
    StringBuilder q = new StringBuilder();
    for (var e : query.entrySet()) {
      q.append(q.length() == 0 ? "?" : "&").append(e.getKey()).append('=').append(e.getValue());
    }
    return q.toString();
  }
}
