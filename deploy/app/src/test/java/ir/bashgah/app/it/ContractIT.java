package ir.bashgah.app.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published description, the operational endpoints and the shape of every error. */
class ContractIT extends RunningPlatform {

  @Test
  void openApiDescribesEveryEndpointOfTheContractBuiltSoFar() {
    JsonPath openapi = given().baseUri(root()).accept("application/json").get("/openapi?format=JSON").then().statusCode(200).extract().jsonPath();
    Map<String, Object> paths = openapi.getMap("paths");
    assertThat(paths).containsKeys(
        "/api/v1/auth/login", "/api/v1/platform/tenants", "/api/v1/platform/tenants/{slug}",
        "/api/v1/platform/tenants/{slug}/features/{code}", "/api/v1/features", "/api/v1/plans", "/api/v1/roles", "/api/v1/branches",
        "/api/v1/branches/{code}/terminals", "/api/v1/audit", "/api/v1/platform/audit", "/api/v1/staff", "/api/v1/pos/terminal",
        "/api/v1/members", "/api/v1/members/{memberCode}",
        "/api/v1/members/{memberCode}/balance", "/api/v1/members/{memberCode}/adjustments", "/api/v1/members/{memberCode}/ledger",
        "/api/v1/members/{memberCode}/pin", "/api/v1/pos/lookup", "/api/v1/pos/redemptions", "/api/v1/pos/redemptions/{redemptionId}/cancel",
        "/api/v1/pos/invoices", "/api/v1/pos/returns",
        "/api/v1/member-groups", "/api/v1/member-groups/{code}", "/api/v1/member-categories", "/api/v1/member-categories/{code}",
        "/api/v1/card-types", "/api/v1/card-types/{code}", "/api/v1/members/{memberCode}/status", "/api/v1/members/{memberCode}/tags/{tag}",
        "/api/v1/members/{memberCode}/notes", "/api/v1/members/{memberCode}/cards", "/api/v1/cards/{cardNumber}",
        "/api/v1/cards/{cardNumber}/status", "/api/v1/cards/{cardNumber}/replace", "/api/v1/members/{memberCode}/qr",
        "/api/v1/members/{memberCode}/qr.png");
  }

  /**
   * Every endpoint refuses a caller without credentials, but the few the description says anybody may
   * call (no security requirement): logging in, and web push's key and receipts, which a browser's
   * service worker calls without a login. None was left open by mistake, and no other is described open.
   */
  @Test
  void everyEndpointButTheDescribedPublicOnesNeedsCredentials() {
    JsonPath openapi = given().baseUri(root()).accept("application/json").get("/openapi?format=JSON").then().extract().jsonPath();
    Map<String, Map<String, Object>> paths = openapi.getMap("paths");
    List<String> open = new ArrayList<>();
    List<String> describedPublic = new ArrayList<>();
    int checked = 0;
    for (var path : paths.entrySet()) {
      String concrete = path.getKey().replaceAll("\\{[^}]+}", "x");
      for (String method : path.getValue().keySet()) {
        if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
          continue;
        }
        Object operation = path.getValue().get(method);
        // described with no security requirement (an empty list, which the description leaves out)
        if (operation instanceof Map<?, ?> op && (!(op.get("security") instanceof List<?> security) || security.isEmpty())) {
          describedPublic.add(method + " " + path.getKey());
          continue;
        }
        checked++;
        var request = given().baseUri(root()).contentType("application/json");
        if (List.of("post", "put", "patch").contains(method)) {
          request.body("{}");
        }
        int status = request.request(method.toUpperCase(), concrete).statusCode();
        if (status != 401) {
          open.add(method + " " + path.getKey() + " -> " + status);
        }
      }
    }
    assertThat(checked).isGreaterThan(15);
    assertThat(open).isEmpty();
    // logging in, web push's key and receipts, and the member portal's way in and its invoice pages (the link is the key)
    assertThat(describedPublic).containsExactlyInAnyOrder("post /api/v1/auth/login", "get /api/v1/messaging/push/public-key", "post /api/v1/push/receipts",
        "get /api/v1/portal/{club}/club", "post /api/v1/portal/{club}/otp", "post /api/v1/portal/{club}/session", "post /api/v1/portal/{club}/session/link",
        "get /api/v1/portal/invoices/{token}");
  }

  @Test
  void healthAndMetricsAreServed() {
    given().baseUri(root()).get("/health").then().statusCode(200).body("status", equalTo("UP"));
    String metrics = given().baseUri(root()).accept("text/plain").get("/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("# TYPE");
  }

  @Test
  void errorsAreProblemJsonWithAStableTypeInPersianWhenAsked() {
    api.anonymous().get("/no/such/thing").then().statusCode(404).contentType("application/problem+json")
        .body("type", equalTo("https://bashgah.ir/problems/not-found")).body("status", equalTo(404));
    api.anonymous().delete("/auth/login").then().statusCode(405).contentType("application/problem+json");
    api.anonymous().contentType("text/plain").body("x").post("/auth/login").then().statusCode(415).contentType("application/problem+json");
    api.anonymous().body("{not json").post("/auth/login").then().statusCode(400).body("type", equalTo("https://bashgah.ir/problems/malformed-request"));
    api.anonymous().header("Accept-Language", "fa-IR,fa;q=0.9").body(Map.of("username", "admin", "password", "wrong-password-1")).post("/auth/login")
        .then().statusCode(401).body("title", equalTo("احراز هویت انجام نشد")).body("requestId", org.hamcrest.Matchers.notNullValue());
    api.anonymous().header("X-Request-Id", "trace-me-1").body(Map.of()).post("/auth/login").then().statusCode(422).header("X-Request-Id", "trace-me-1");
  }
}
