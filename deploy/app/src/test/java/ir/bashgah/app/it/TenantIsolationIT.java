package ir.bashgah.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * P1's promise: with many tenants and many concurrent calls, no call ever reads or writes another
 * tenant's rows. 24 tenants, 16 threads, a mix of reads, writes, terminal calls and attempts to reach
 * another tenant's data; every answer is checked, then every schema is checked in the database.
 */
class TenantIsolationIT extends RunningPlatform {
  private static final int TENANTS = 24;
  private static final int THREADS = 16;
  private static final int CALLS = 1200;


  record Club(String slug, String owner, String staffToken, String apiKey, AtomicInteger branches) {}

  @Test
  void noCallEverSeesOrChangesAnotherTenantsRows() throws Exception {
    List<Club> clubs = new ArrayList<>();
    for (int i = 0; i < TENANTS; i++) {
      String slug = String.format("iso-%02d", i);
      String owner = api.createTenant(admin, slug, "STANDARD");
      api.as(owner).body(Map.of("code", slug + "-a", "name", "Branch A of " + slug)).post("/branches").then().statusCode(201);
      api.as(owner).body(Map.of("username", "u-" + slug, "password", "User-pass-2026", "role", "cashier", "branch", slug + "-a")).post("/staff").then().statusCode(201);
      String key = api.createTerminal(owner, slug + "-a", "till-" + slug);
      clubs.add(new Club(slug, owner, api.staffToken(slug, "u-" + slug, "User-pass-2026"), key, new AtomicInteger(1)));
    }

    Queue<String> violations = new ConcurrentLinkedQueue<>();
    Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Callable<Void>> calls = new ArrayList<>();
      AtomicInteger sequence = new AtomicInteger();
      for (int n = 0; n < CALLS; n++) {
        calls.add(() -> {
          ThreadLocalRandom random = ThreadLocalRandom.current();
          Club club = clubs.get(random.nextInt(TENANTS));
          Club other = clubs.get((clubs.indexOf(club) + 1 + random.nextInt(TENANTS - 1)) % TENANTS);
          int op = random.nextInt(6);
          done.computeIfAbsent("op" + op, k -> new AtomicInteger()).incrementAndGet();
          switch (op) {
            case 0 -> {
              JsonPath branches = ok(api.as(club.owner()).get("/branches"), club, violations);
              for (String code : list(branches, "code")) {
                if (!code.startsWith(club.slug() + "-")) {
                  violations.add(club.slug() + " listed branch " + code);
                }
              }
            }
            case 1 -> {
              String code = club.slug() + "-n" + sequence.incrementAndGet();
              Response created = api.as(club.owner()).body(Map.of("code", code, "name", "New of " + club.slug())).post("/branches");
              if (created.statusCode() == 201) {
                club.branches().incrementAndGet();
              } else {
                violations.add(club.slug() + " could not create " + code + ": " + created.statusCode());
              }
            }
            case 2 -> {
              JsonPath me = ok(api.terminal(club.apiKey()).get("/pos/terminal"), club, violations);
              if (me.get("tenant") != null && !club.slug().equals(me.getString("tenant"))) {
                violations.add(club.slug() + "'s key answered for " + me.getString("tenant"));
              }
            }
            case 3 -> {
              JsonPath staff = ok(api.as(club.owner()).get("/staff"), club, violations);
              for (String name : list(staff, "username")) {
                if (!name.equals("owner") && !name.equals("u-" + club.slug())) {
                  violations.add(club.slug() + " listed staff " + name);
                }
              }
            }
            case 4 -> {
              int status = api.as(club.owner()).get("/branches/" + other.slug() + "-a").statusCode();
              if (status != 404) {
                violations.add(club.slug() + " reached " + other.slug() + "'s branch: " + status);
              }
            }
            default -> {
              JsonPath audit = ok(api.as(club.owner()).get("/audit?action=BRANCH.CREATE&size=200"), club, violations);
              for (String target : list(audit, "items.targetId")) {
                if (!target.startsWith(club.slug() + "-")) {
                  violations.add(club.slug() + " saw audit of branch " + target);
                }
              }
            }
          }
          return null;
        });
      }
      for (var f : pool.invokeAll(calls)) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(violations).isEmpty();
    assertThat(done.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(CALLS);

    try (Connection c = DriverManager.getConnection(System.getProperty(TestDatabase.URL_PROPERTY), "bashgah", "bashgah");
        Statement s = c.createStatement()) {
      for (Club club : clubs) {
        String schema = "t_" + club.slug().replace('-', '_');
        try (ResultSet rs = s.executeQuery("SELECT code FROM " + schema + ".branch")) {
          int rows = 0;
          while (rs.next()) {
            rows++;
            assertThat(rs.getString(1)).startsWith(club.slug() + "-");
          }
          assertThat(rows).as("branches stored in " + schema).isEqualTo(club.branches().get());
        }
      }
    }
  }

  private static List<String> list(JsonPath json, String path) {
    List<String> values = json.getList(path, String.class);
    return values == null ? List.of() : values;
  }

  private static JsonPath ok(Response response, Club club, Queue<String> violations) {
    if (response.statusCode() != 200) {
      violations.add(club.slug() + " got " + response.statusCode() + ": " + response.asString());
      return new JsonPath("{}");
    }
    return response.jsonPath();
  }
}
