package ir.bashgah.branches.domain.branch;

import ir.bashgah.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A till or integration that calls the POS API with its own key. */
@Entity
@Table(name = "terminal")
public class Terminal {
  @Id private long id;

  @Column(name = "branch_id", nullable = false, updatable = false)
  private long branchId;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Version private long version;

  protected Terminal() {}

  public Terminal(Branch branch, String name, Instant now) {
    this.id = Ids.next();
    this.branchId = branch.id();
    this.name = name;
    this.active = true;
    this.createdAt = now;
  }

  public void revoke(Instant now) {
    if (active) {
      active = false;
      revokedAt = now;
    }
  }

  /** The id as the API shows it (a string: 64-bit ids do not survive JavaScript numbers). */
  public String terminalId() {
    return Long.toString(id);
  }

  public long branchId() {
    return branchId;
  }

  public String name() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
