package ir.bashgah.members.domain.catalogue;

import ir.bashgah.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An entry of one of the club's catalogues (member groups, member categories, card types): a code
 * that never changes once members refer to it, and a name the club may change at any time.
 */
@MappedSuperclass
public abstract class CatalogueEntry {
  @Id private long id;

  @Column(nullable = false, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected CatalogueEntry() {}

  protected CatalogueEntry(String code, String name, Instant now) {
    this.id = Ids.next();
    this.code = code;
    this.name = name;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void rename(String name, Instant now) {
    this.name = name;
    this.updatedAt = now;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
