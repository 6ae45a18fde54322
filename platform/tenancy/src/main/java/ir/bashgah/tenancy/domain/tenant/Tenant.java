package ir.bashgah.tenancy.domain.tenant;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.TenantContext.TenantRef;
import ir.bashgah.tenancy.api.Plan;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A club on the platform: a row of the catalog in the platform schema. */
@Entity
@Table(name = "tenant", schema = TenantContext.PLATFORM_SCHEMA)
public class Tenant {
  public static final String DEFAULT_DB_SERVER = "default";

  @Id private long id;

  @Column(nullable = false, updatable = false)
  private String slug;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Plan plan;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TenantStatus status;

  private String branding;

  @Column(name = "schema_name", nullable = false, updatable = false)
  private String schemaName;

  @Column(name = "db_server", nullable = false)
  private String dbServer;

  @Column(name = "schema_version")
  private String schemaVersion;

  @Column(name = "migration_error")
  private String migrationError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Tenant() {}

  public static Tenant reserve(String slug, String name, Plan plan, String branding, Instant now) {
    Tenant t = new Tenant();
    t.id = Ids.next();
    t.slug = slug;
    t.name = name;
    t.plan = plan;
    t.status = TenantStatus.PROVISIONING;
    t.branding = branding;
    t.schemaName = TenantRef.schemaOf(slug);
    t.dbServer = DEFAULT_DB_SERVER;
    t.createdAt = now;
    t.updatedAt = now;
    return t;
  }

  public void activate(String schemaVersion, Instant now) {
    this.status = TenantStatus.ACTIVE;
    migrated(schemaVersion, now);
  }

  public void migrated(String schemaVersion, Instant now) {
    this.schemaVersion = schemaVersion;
    this.migrationError = null;
    this.updatedAt = now;
  }

  public void migrationFailed(String error, Instant now) {
    this.migrationError = error.length() > 2000 ? error.substring(0, 2000) : error;
    this.updatedAt = now;
  }

  public void changePlan(Plan plan, Instant now) {
    this.plan = plan;
    this.updatedAt = now;
  }

  public void changeStatus(TenantStatus status, Instant now) {
    this.status = status;
    this.updatedAt = now;
  }

  public void rename(String name, Instant now) {
    this.name = name;
    this.updatedAt = now;
  }

  public void rebrand(String branding, Instant now) {
    this.branding = branding;
    this.updatedAt = now;
  }

  public TenantDescriptor descriptor() {
    return new TenantDescriptor(slug, name, plan, status, schemaName, migrationError);
  }

  public long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public Plan plan() {
    return plan;
  }

  public TenantStatus status() {
    return status;
  }

  public String branding() {
    return branding;
  }

  public String schemaName() {
    return schemaName;
  }

  public String dbServer() {
    return dbServer;
  }

  public String schemaVersion() {
    return schemaVersion;
  }

  public String migrationError() {
    return migrationError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
