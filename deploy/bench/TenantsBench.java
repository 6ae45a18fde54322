import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Provisions N tenants through the API of a running platform, one after the other as a platform
 * admin would, and prints the time per tenant (p50, p95, max) and in total.
 * Usage: java TenantsBench.java <baseUrl> <adminPassword> <count> [prefix]
 */
public class TenantsBench {
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String password = args[1];
    int count = Integer.parseInt(args[2]);
    String prefix = args.length > 3 ? args[3] : "bench";
    HttpClient http = HttpClient.newHttpClient();
    String token = field(post(http, base + "/api/v1/auth/login", null, "{\"username\":\"admin\",\"password\":\"" + password + "\"}"), "accessToken");
    List<Long> millis = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      String slug = String.format("%s-%03d", prefix, i);
      long t0 = System.nanoTime();
      HttpResponse<String> r = http.send(request(base + "/api/v1/platform/tenants", token,
          "{\"slug\":\"" + slug + "\",\"name\":\"Bench " + i + "\",\"plan\":\"STANDARD\",\"owner\":{\"username\":\"owner\",\"password\":\"Owner-pass-2026\"}}"),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 201) {
        throw new IllegalStateException(slug + ": " + r.statusCode() + " " + r.body());
      }
      millis.add((System.nanoTime() - t0) / 1_000_000);
    }
    long total = (System.nanoTime() - start) / 1_000_000;
    Collections.sort(millis);
    System.out.printf("provisioned %d tenants in %d ms: p50 %d ms, p95 %d ms, max %d ms per tenant%n",
        count, total, millis.get(count / 2), millis.get((int) Math.ceil(count * 0.95) - 1), millis.get(count - 1));
  }

  private static HttpRequest request(String url, String token, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b.build();
  }

  private static String post(HttpClient http, String url, String token, String body) throws Exception {
    HttpResponse<String> r = http.send(request(url, token, body), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(url + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  private static String field(String json, String name) {
    int i = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
    return json.substring(i, json.indexOf('"', i));
  }
}
