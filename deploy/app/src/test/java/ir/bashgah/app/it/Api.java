package ir.bashgah.app.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;

/** A thin client of the running platform for the integration tests, with the flows every test needs. */
public final class Api {
  public static final String ADMIN_PASSWORD = "Admin-test-2026";

  private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

  private final String base;
  private final String clientAddress;

  public Api(URL deployment) {
    // Each client gets an address of its own (the platform trusts X-Forwarded-For from loopback in
    // the tests), so the login limits per address of one test never slow down another.
    this(RunningPlatform.root(deployment) + "/api/v1", nextAddress());
  }

  private Api(String base, String clientAddress) {
    this.base = base;
    this.clientAddress = clientAddress;
  }

  /** The same platform, called from another client address. */
  public Api from(String clientAddress) {
    return new Api(base, clientAddress);
  }

  /** A client at a fresh address of its own. */
  public Api elsewhere() {
    return new Api(base, nextAddress());
  }

  public String clientAddress() {
    return clientAddress;
  }

  private static String nextAddress() {
    int n = CLIENTS.incrementAndGet();
    return "10." + ((n >> 16) & 0xFF) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
  }

  public String base() {
    return base;
  }

  public RequestSpecification anonymous() {
    return given().baseUri(base).contentType(ContentType.JSON).accept(ContentType.JSON).header("X-Forwarded-For", clientAddress);
  }

  public RequestSpecification as(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }

  public RequestSpecification terminal(String apiKey) {
    return anonymous().header("Authorization", "ApiKey " + apiKey);
  }

  public Response login(Map<String, ?> body) {
    return anonymous().body(body).post("/auth/login");
  }

  public String adminToken() {
    return login(Map.of("username", "admin", "password", ADMIN_PASSWORD)).then().statusCode(200).extract().path("accessToken");
  }

  public String staffToken(String tenant, String username, String password) {
    return login(Map.of("tenant", tenant, "username", username, "password", password)).then().statusCode(200).extract().path("accessToken");
  }

  /** Creates a tenant with owner {@code owner} / {@link #ownerPassword()} and answers the owner's token. */
  public String createTenant(String adminToken, String slug, String plan) {
    as(adminToken)
        .body(Map.of("slug", slug, "name", "Club " + slug, "plan", plan, "owner", Map.of("username", "owner", "password", ownerPassword())))
        .post("/platform/tenants")
        .then()
        .statusCode(201);
    return staffToken(slug, "owner", ownerPassword());
  }

  public static String ownerPassword() {
    return "Owner-pass-2026";
  }

  /** A club with branch b1, one terminal there and one member whose PIN is {@code pin}. */
  public record Till(String owner, String key, String member, String cardNumber) {}

  public Till till(String adminToken, String slug, String pin) {
    return till(adminToken, slug, pin, "STANDARD");
  }

  public Till till(String adminToken, String slug, String pin, String plan) {
    String owner = createTenant(adminToken, slug, plan);
    as(owner).body(Map.of("code", "b1", "name", "One")).post("/branches").then().statusCode(201);
    String key = createTerminal(owner, "b1", "till");
    var member = as(owner).body(Map.of("firstName", "Sima", "lastName", "Ahmadi", "mobile", "09124440000")).post("/members")
        .then().statusCode(201).extract().jsonPath();
    as(owner).body(Map.of("pin", pin)).put("/members/" + member.getString("memberCode") + "/pin").then().statusCode(204);
    return new Till(owner, key, member.getString("memberCode"), member.getString("cardNumber"));
  }

  /** Replaces the rules of the club's default programme (it must still be at its first version). */
  public void programme(String owner, Map<String, ?> rules) {
    as(owner).body(Map.of("version", 1, "rules", rules)).put("/programmes/default").then().statusCode(200);
  }

  /** Runs a platform job now for one tenant, as the platform admin would. */
  public void runJob(String adminToken, String job, String tenant) {
    as(adminToken).post("/platform/jobs/" + job + "/runs?tenant=" + tenant).then().statusCode(200).body("[0].outcome", org.hamcrest.Matchers.equalTo("OK"));
  }

  /** Registers a member with just the required fields and answers his code. */
  public String register(String token, String firstName, String lastName, String mobile) {
    return as(token).body(Map.of("firstName", firstName, "lastName", lastName, "mobile", mobile)).post("/members").then().statusCode(201).extract().path("memberCode");
  }

  /** Adds staff user {@code username} (password {@code <Username>-pass-2026}) with {@code role} and answers his token. */
  public String staff(String owner, String tenant, String username, String role, String branch) {
    String password = Character.toUpperCase(username.charAt(0)) + username.substring(1) + "-pass-2026";
    java.util.Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "password", password, "role", role));
    if (branch != null) {
      body.put("branch", branch);
    }
    as(owner).body(body).post("/staff").then().statusCode(201);
    return staffToken(tenant, username, password);
  }

  public String createTerminal(String token, String branch, String name) {
    return as(token).body(Map.of("name", name)).post("/branches/" + branch + "/terminals").then().statusCode(201).extract().path("apiKey");
  }
}
