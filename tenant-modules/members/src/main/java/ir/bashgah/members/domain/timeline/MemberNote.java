package ir.bashgah.members.domain.timeline;

import ir.bashgah.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * A note a staff member wrote on a member's timeline (M7). Append-only: nothing changes it after it
 * is written, so the timeline stays what each author saw and said at the time.
 */
@Entity
@Table(name = "member_note")
public class MemberNote {
  /** What a note is about; "other" when the author does not say. */
  public static final List<String> KINDS = List.of("behaviour", "temperament", "call", "visit", "complaint", "other");

  public static final int MAX_TEXT = 2000;

  @Id private long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(nullable = false, updatable = false)
  private String kind;

  @Column(nullable = false, updatable = false)
  private String text;

  @Column(name = "author_id", nullable = false, updatable = false)
  private String authorId;

  @Column(name = "author_name", nullable = false, updatable = false)
  private String authorName;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version private long version;

  protected MemberNote() {}

  public MemberNote(long memberId, String kind, String text, String authorId, String authorName, Instant now) {
    this.id = Ids.next();
    this.memberId = memberId;
    this.kind = kind;
    this.text = text;
    this.authorId = authorId;
    this.authorName = authorName;
    this.createdAt = now;
  }

  public long id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public String authorName() {
    return authorName;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
