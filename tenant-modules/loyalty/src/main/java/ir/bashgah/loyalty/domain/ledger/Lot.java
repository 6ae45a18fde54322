package ir.bashgah.loyalty.domain.ledger;

import ir.bashgah.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An amount received at one time, spent oldest-first (L9): pending until {@code availableAt} when it
 * was earned inside a return window, and worth nothing from {@code expiresAt} on.
 */
@Entity
@Table(name = "lot")
public class Lot {
  @Id private long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Asset asset;

  @Column(name = "entry_id", nullable = false, updatable = false)
  private long entryId;

  @Column(nullable = false, updatable = false)
  private long original;

  @Column(nullable = false)
  private long remaining;

  @Column(nullable = false)
  private boolean pending;

  @Column(name = "earned_at", nullable = false, updatable = false)
  private Instant earnedAt;

  @Column(name = "available_at", nullable = false, updatable = false)
  private Instant availableAt;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  protected Lot() {}

  /** A lot as its row holds it. */
  public static Lot of(long id, long memberId, Asset asset, long entryId, long original, long remaining, boolean pending, Instant earnedAt,
      Instant availableAt, Instant expiresAt) {
    Lot l = new Lot();
    l.id = id;
    l.memberId = memberId;
    l.asset = asset;
    l.entryId = entryId;
    l.original = original;
    l.remaining = remaining;
    l.pending = pending;
    l.earnedAt = earnedAt;
    l.availableAt = availableAt;
    l.expiresAt = expiresAt;
    return l;
  }

  public long memberId() {
    return memberId;
  }

  public Asset asset() {
    return asset;
  }

  Lot(LedgerEntry receipt, long memberId, long remaining, Posting.Receipt when) {
    this(receipt, memberId, receipt.amount(), remaining, when);
  }

  /** One of several lots of one receipt (a transfer keeps the lots it drew from apart). */
  Lot(LedgerEntry receipt, long memberId, long original, long remaining, Posting.Receipt when) {
    this.id = Ids.next();
    this.memberId = memberId;
    this.asset = receipt.asset();
    this.entryId = receipt.id();
    this.original = original;
    this.remaining = remaining;
    this.pending = receipt.bucket() == Bucket.PENDING;
    this.earnedAt = when.earnedAt();
    this.availableAt = when.availableAt();
    this.expiresAt = when.expiresAt();
  }

  public long id() {
    return id;
  }

  public long remaining() {
    return remaining;
  }

  public long original() {
    return original;
  }

  public long entryId() {
    return entryId;
  }

  public boolean isPending() {
    return pending;
  }

  public Bucket bucket() {
    return pending ? Bucket.PENDING : Bucket.AVAILABLE;
  }

  public Instant earnedAt() {
    return earnedAt;
  }

  public Instant availableAt() {
    return availableAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isExpiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  boolean isDueForRelease(Instant now) {
    return pending && !now.isBefore(availableAt);
  }

  void release() {
    pending = false;
  }

  /** Puts back what a reversed spend took from this lot. */
  void restore(long amount) {
    remaining = Math.addExact(remaining, amount);
  }

  /** Takes up to {@code wanted} from this lot; answers how much it gave. */
  long draw(long wanted) {
    long taken = Math.min(wanted, remaining);
    remaining -= taken;
    return taken;
  }
}
