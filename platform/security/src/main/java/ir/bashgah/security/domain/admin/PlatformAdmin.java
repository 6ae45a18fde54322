package ir.bashgah.security.domain.admin;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An operator of the SaaS itself. */
@Entity
@Table(name = "platform_user", schema = TenantContext.PLATFORM_SCHEMA)
public class PlatformAdmin {
  @Id private long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected PlatformAdmin() {}

  public PlatformAdmin(String username, String passwordHash, Instant now) {
    this.id = Ids.next();
    this.username = username;
    this.passwordHash = passwordHash;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void changePassword(String passwordHash, Instant now) {
    this.passwordHash = passwordHash;
    this.updatedAt = now;
  }

  public long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

}
