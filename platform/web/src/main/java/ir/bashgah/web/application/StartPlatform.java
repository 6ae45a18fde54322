package ir.bashgah.web.application;

import ir.bashgah.security.api.FieldEncryptionKey;
import ir.bashgah.security.api.PlatformAdministrator;
import ir.bashgah.tenancy.api.MigrationReport;
import ir.bashgah.tenancy.api.SchemaMigration;
import ir.bashgah.web.api.PlatformStarted;
import ir.bashgah.web.api.PlatformStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link PlatformStartup}: each module's part through its api (tenancy's schemas, security's field
 * key and admin), in that order, then the event the later modules observe, then the banner with the
 * URL and logins.
 */
@ApplicationScoped
public class StartPlatform implements PlatformStartup {
  private static final Logger LOG = Logger.getLogger(StartPlatform.class.getName());

  @Inject SchemaMigration schemas;
  @Inject PlatformAdministrator admin;
  @Inject FieldEncryptionKey fieldKey;
  @Inject Event<PlatformStarted> started;

  @Inject
  @ConfigProperty(name = "bashgah.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  @Override
  public void run() {
    String platformVersion = schemas.migratePlatform();
    LOG.info("Platform schema at version " + platformVersion);
    fieldKey.install();
    Optional<String> generatedPassword = admin.ensure();
    MigrationReport report = schemas.migrateTenants();
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
