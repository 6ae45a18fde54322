package ir.bashgah.web.startup;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.security.application.EnsurePlatformAdmin;
import ir.bashgah.security.infra.PlatformSecrets;
import ir.bashgah.tenancy.application.MigrateTenants;
import ir.bashgah.tenancy.infra.TenantSchemas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Start-up, before the first request is served: migrate the platform schema, make sure the admin
 * exists, bring every tenant to this build's schema, then let modules (the demo club) do their part
 * and print the banner with the URL and logins.
 */
@ApplicationScoped
public class PlatformStartup {
  private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

  @Inject TenantSchemas schemas;
  @Inject EnsurePlatformAdmin admin;
  @Inject PlatformSecrets secrets;
  @Inject MigrateTenants tenants;
  @Inject Event<PlatformStarted> started;

  @Inject
  @ConfigProperty(name = "bashgah.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Called once by the application's start-up singleton, after the container bound its resources. */
  public void run() {
    String platformVersion = schemas.migratePlatform(TenantContext.PLATFORM_SCHEMA);
    LOG.info("Platform schema at version " + platformVersion);
    secrets.installFieldKey();
    Optional<String> generatedPassword = admin.ensure();
    MigrateTenants.Report report = tenants.migrateAll();
    PlatformStarted event = new PlatformStarted(publicUrl);
    started.fire(event);

    StringBuilder banner = new StringBuilder("\n");
    banner.append("==============================================================\n");
    banner.append(" Bashgah is up: ").append(publicUrl).append("\n");
    banner.append("   API        ").append(publicUrl).append("/api/v1  (OpenAPI: ").append(publicUrl).append("/openapi)\n");
    banner.append("   Health     ").append(publicUrl).append("/health   Metrics: ").append(publicUrl).append("/metrics\n");
    banner.append("   Tenants    ").append(report.tenants()).append(" (").append(report.upToDate()).append(" current, ")
        .append(report.migrated()).append(" migrated now in ").append(report.millis()).append(" ms, ")
        .append(report.failed().size()).append(" failed").append(report.failed().isEmpty() ? "" : " " + report.failed()).append(")\n");
    banner.append(" Platform admin: admin / ")
        .append(generatedPassword.orElse("(the password of BASHGAH_ADMIN_PASSWORD, or the one printed at the first start)"))
        .append("\n");
    if (generatedPassword.isPresent()) {
      banner.append("   (generated now and shown only this once; set BASHGAH_ADMIN_PASSWORD to choose it)\n");
    }
    event.bannerLines().forEach(line -> banner.append(' ').append(line).append('\n'));
    banner.append("==============================================================");
    // Standard output, which Payara also copies into its log: the banner is for the person at the console.
    System.out.println(banner);
  }
}
