package ir.bashgah.branches.domain.branch;

import ir.bashgah.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A shop or restaurant of the club, known by a code the tenant chooses (e.g. "tehran-1"). */
@Entity
@Table(name = "branch")
public class Branch {
  @Id private long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Branch() {}

  public Branch(String code, String name, Instant now) {
    this.id = Ids.next();
    this.code = code;
    this.name = name;
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void rename(String name, Instant now) {
    this.name = name;
    this.updatedAt = now;
  }

  public long id() {
    return id;
  }

  public String code() {
    return code;
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
}
