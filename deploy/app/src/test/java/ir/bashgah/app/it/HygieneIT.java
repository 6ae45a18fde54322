package ir.bashgah.app.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every answer tells a stranger about the server: nothing (no Server header, no framework names,
 * no list of routes), and what it tells a browser: not to sniff, frame or cache, and for the console
 * which scripts it may run. The metrics are only for the platform's own monitoring.
 */
class HygieneIT extends RunningPlatform {
  private static final List<String> FRAMEWORK_WORDS = List.of("payara", "jersey", "grizzly", "glassfish", "eclipselink", "java.", "jakarta.");

  private static void tellsNothingAboutTheServer(Response r) {
    assertThat(r.header("Server")).as("Server header").isNull();
    assertThat(r.header("X-Powered-By")).as("X-Powered-By header").isNull();
    String body = r.asString().toLowerCase();
    for (String word : FRAMEWORK_WORDS) {
      assertThat(body).as("the answer names " + word).doesNotContain(word);
    }
  }

  @Test
  void answersNameNoServerNorFrameworkAndListNoRoutes() {
    tellsNothingAboutTheServer(api.anonymous().get("/features").then().statusCode(401).extract().response());
    tellsNothingAboutTheServer(given().baseUri(root()).get("/admin/").then().statusCode(200).extract().response());
    for (String path : List.of("/nothing-here", "/admin/assets/missing.js", "/api/application.wadl", "/api/v1/application.wadl")) {
      Response r = given().baseUri(root()).get(path).then().statusCode(404).contentType("application/problem+json")
          .body("type", equalTo("https://bashgah.ir/problems/not-found")).extract().response();
      tellsNothingAboutTheServer(r);
    }
    Response options = given().baseUri(root()).options("/api/v1/members").then().extract().response();
    assertThat(options.statusCode()).isLessThan(300);
    assertThat(options.asString()).doesNotContain("/v1/").doesNotContain("<application").doesNotContainIgnoringCase("wadl");
    tellsNothingAboutTheServer(options);
    tellsNothingAboutTheServer(given().baseUri(root()).request("TRACE", "/api/v1/features").then().extract().response());
  }

  @Test
  void requestsThatAreNotProperHttpAreRefusedBeforeAnyApplicationCodeWithoutABody() throws Exception {
    RawHttp raw = new RawHttp(url);
    for (String path : List.of("/api/v1/members/%00", "/api/v1/members/a%5Cb")) {
      RawHttp.Answer answer = raw.send("GET " + path + " HTTP/1.1", new byte[0]);
      assertThat(answer.status()).as(path).isEqualTo(400);
      assertThat(answer.header("Server")).isNull();
      assertThat(answer.body()).isEmpty();
    }
    RawHttp.Answer nonAscii = raw.send("GET /api/v1/features HTTP/1.1\r\nIdempotency-Key: k\u00e9y", new byte[0]);
    assertThat(nonAscii.status()).isEqualTo(400);
    assertThat(nonAscii.body()).isEmpty();
  }

  @Test
  void browsersAreToldNotToSniffFrameOrCacheAndTheConsoleRunsOnlyItsOwnScripts() {
    Response login = api.login(Map.of("username", "admin", "password", Api.ADMIN_PASSWORD)).then().statusCode(200).extract().response();
    assertThat(login.header("Cache-Control")).isEqualTo("no-store");
    assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
    Response problem = api.anonymous().get("/members").then().statusCode(401).extract().response();
    assertThat(problem.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(problem.header("Content-Security-Policy")).contains("default-src 'none'");

    Response console = given().baseUri(root()).get("/admin/members/100001").then().statusCode(200).extract().response();
    String policy = console.header("Content-Security-Policy");
    assertThat(policy).contains("script-src 'self';").contains("object-src 'none'").contains("frame-ancestors 'none'");
    assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")))).doesNotContain("unsafe");
    assertThat(console.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(console.header("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void metricsAreForTheMonitoringOnly() {
    // From this machine (the tests' own address), Prometheus on the same host can scrape.
    assertThat(given().baseUri(root()).get("/metrics").then().statusCode(200).extract().asString()).contains("# TYPE");
    // From anywhere else, only with the token.
    Response stranger = given().baseUri(root()).header("X-Forwarded-For", api.clientAddress()).get("/metrics")
        .then().statusCode(401).contentType("application/problem+json").extract().response();
    assertThat(stranger.asString()).doesNotContain("# TYPE");
    given().baseUri(root()).header("X-Forwarded-For", api.clientAddress()).header("Authorization", "Bearer wrong-token").get("/metrics").then().statusCode(401);
    assertThat(given().baseUri(root()).header("X-Forwarded-For", api.clientAddress()).header("Authorization", "Bearer metrics-test-token")
        .get("/metrics").then().statusCode(200).extract().asString()).contains("# TYPE");
  }
}
