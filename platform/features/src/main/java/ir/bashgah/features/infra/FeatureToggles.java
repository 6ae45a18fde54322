package ir.bashgah.features.infra;

import io.getunleash.DefaultUnleash;
import io.getunleash.Unleash;
import io.getunleash.UnleashContext;
import io.getunleash.util.UnleashConfig;
import io.getunleash.util.UnleashScheduledExecutorImpl;
import ir.bashgah.features.api.PlanMatrix;
import ir.bashgah.features.domain.PlanToggles;
import ir.bashgah.tenancy.api.Plan;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.File;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every code of docs/plans.md as an Unleash toggle (P2). The client always starts from toggles made out
 * of the plan matrix, so the app needs no Unleash server; with BASHGAH_UNLEASH_URL set, the server's
 * toggles replace them as soon as they are fetched.
 */
@ApplicationScoped
public class FeatureToggles implements PlanToggles {
  private static final Logger LOG = Logger.getLogger(FeatureToggles.class.getName());

  @Inject
  @ConfigProperty(name = "bashgah.unleash.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "bashgah.unleash.api-key")
  Optional<String> apiKey;

  @Inject
  @ConfigProperty(name = "bashgah.unleash.fetch-seconds", defaultValue = "15")
  long fetchSeconds;

  private Unleash unleash;
  private File noServerBackup;

  @PostConstruct
  void start() {
    Optional<String> server = url.filter(u -> !u.isBlank());
    UnleashConfig.Builder config =
        UnleashConfig.builder()
            .appName("bashgah")
            .instanceId("bashgah-" + ProcessHandle.current().pid())
            .toggleBootstrapProvider(() -> bootstrapJson(PlanMatrix.standard()))
            // Its own scheduler: shutting one client down otherwise stops the one all clients share.
            .scheduledExecutor(new UnleashScheduledExecutorImpl());
    if (server.isPresent()) {
      // Last toggles fetched from the server, so a restart while it is down keeps its decisions.
      config.backupFile(new File(System.getProperty("java.io.tmpdir"), "bashgah-unleash-backup.json").getPath());
      config.unleashAPI(server.get()).fetchTogglesInterval(fetchSeconds).synchronousFetchOnInitialisation(true);
      apiKey.filter(k -> !k.isBlank()).ifPresent(config::apiKey);
      LOG.info("Feature toggles from Unleash at " + server.get() + " (plan matrix until the first fetch)");
    } else {
      // No server: the plan matrix is the whole truth. The client reads a backup file before the
      // bootstrap, so it gets a new, empty one that nothing else ever wrote.
      noServerBackup = newEmptyFile();
      config.unleashAPI("http://127.0.0.1:1/api").disablePolling().disableMetrics().backupFile(noServerBackup.getPath());
    }
    unleash = new DefaultUnleash(config.build(), new PlanStrategy());
  }

  @PreDestroy
  void stop() {
    if (unleash != null) {
      unleash.shutdown();
    }
    if (noServerBackup != null && !noServerBackup.delete()) {
      noServerBackup.deleteOnExit();
    }
  }

  private static File newEmptyFile() {
    try {
      File file = File.createTempFile("bashgah-unleash-", ".json");
      file.delete();
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot create a temporary file for the feature toggles", e);
    }
  }

  @Override
  public boolean isOn(String code, Plan plan, String tenantSlug) {
    UnleashContext context = UnleashContext.builder().addProperty("plan", plan.name()).addProperty("tenant", tenantSlug).build();
    return unleash.isEnabled(code, context, false);
  }

  /** The client-features document (Unleash API v2) equivalent to the plan matrix. */
  public static String bootstrapJson(PlanMatrix matrix) {
    JsonArrayBuilder features = Json.createArrayBuilder();
    matrix.features().values().forEach(f -> {
      String plans = Stream.of(Plan.values()).filter(f::isOn).map(Plan::name).collect(Collectors.joining(","));
      features.add(
          Json.createObjectBuilder()
              .add("name", f.code())
              .add("description", f.name())
              .add("enabled", true)
              .add("strategies", Json.createArrayBuilder().add(
                  Json.createObjectBuilder().add("name", PlanStrategy.NAME).add("parameters", Json.createObjectBuilder().add("plans", plans)))));
    });
    return Json.createObjectBuilder().add("version", 2).add("features", features).build().toString();
  }
}
