package ir.bashgah.loyalty.domain.ledger;

import ir.bashgah.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of one balance; never updated, never deleted. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {
  @Id private long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Asset asset;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Bucket bucket;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private EntryKind kind;

  @Column(name = "source_type", nullable = false, updatable = false)
  private String sourceType;

  @Column(name = "source_id", updatable = false)
  private String sourceId;

  @Column(updatable = false)
  private String reason;

  @Column(name = "balance_after", nullable = false, updatable = false)
  private long balanceAfter;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  /** The branch whose till or staff made the movement; null for the head office and the nightly jobs. */
  @Column(name = "branch_code", updatable = false)
  private String branchCode;

  protected LedgerEntry() {}

  /** An entry as its row holds it. */
  public static LedgerEntry of(long id, long memberId, Asset asset, Bucket bucket, long amount, EntryKind kind, String sourceType, String sourceId,
      String reason, long balanceAfter, Instant occurredAt, String actor, String branchCode) {
    LedgerEntry e = new LedgerEntry();
    e.id = id;
    e.memberId = memberId;
    e.asset = asset;
    e.bucket = bucket;
    e.amount = amount;
    e.kind = kind;
    e.sourceType = sourceType;
    e.sourceId = sourceId;
    e.reason = reason;
    e.balanceAfter = balanceAfter;
    e.occurredAt = occurredAt;
    e.actor = actor;
    e.branchCode = branchCode;
    return e;
  }

  LedgerEntry(long memberId, Asset asset, Bucket bucket, long amount, EntryKind kind, String sourceType, String sourceId, String reason, long balanceAfter, Instant at, String actor) {
    this.id = Ids.next();
    this.memberId = memberId;
    this.asset = asset;
    this.bucket = bucket;
    this.amount = amount;
    this.kind = kind;
    this.sourceType = sourceType;
    this.sourceId = sourceId;
    this.reason = reason;
    this.balanceAfter = balanceAfter;
    this.occurredAt = at;
    this.actor = actor;
  }

  public long id() {
    return id;
  }

  public Asset asset() {
    return asset;
  }

  public long amount() {
    return amount;
  }

  public Bucket bucket() {
    return bucket;
  }

  public long memberId() {
    return memberId;
  }

  public EntryKind kind() {
    return kind;
  }

  public String sourceType() {
    return sourceType;
  }

  public String sourceId() {
    return sourceId;
  }

  public String reason() {
    return reason;
  }

  public long balanceAfter() {
    return balanceAfter;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String branchCode() {
    return branchCode;
  }

  /** Set by the store as it writes the entry, from the caller the movement is made for. */
  public void madeAtBranch(String branch) {
    this.branchCode = branch;
  }
}
