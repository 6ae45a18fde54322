package ir.bashgah.members.domain.tag;

import ir.bashgah.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One tag on one member (B2): a behavioural segment the club marks by hand. */
@Entity
@Table(name = "member_tag")
public class MemberTag {
  @Id private long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(nullable = false, updatable = false)
  private String tag;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected MemberTag() {}

  public MemberTag(long memberId, String tag, Instant now) {
    this.id = Ids.next();
    this.memberId = memberId;
    this.tag = tag;
    this.createdAt = now;
  }

  public String tag() {
    return tag;
  }
}
