package ir.bashgah.loyalty.domain.ledger;

import ir.bashgah.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An amount earned (or granted) at one time, spent oldest-first, possibly expiring (L9). */
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

  @Column(name = "earned_at", nullable = false, updatable = false)
  private Instant earnedAt;

  @Column(name = "available_at", nullable = false, updatable = false)
  private Instant availableAt;

  @Column(name = "expires_at", updatable = false)
  private Instant expiresAt;

  protected Lot() {}

  Lot(LedgerEntry earning, long memberId, Instant availableAt, Instant expiresAt) {
    this.id = Ids.next();
    this.memberId = memberId;
    this.asset = earning.asset();
    this.entryId = earning.id();
    this.original = earning.amount();
    this.remaining = earning.amount();
    this.earnedAt = earning.occurredAt();
    this.availableAt = availableAt;
    this.expiresAt = expiresAt;
  }

  public long id() {
    return id;
  }

  public long remaining() {
    return remaining;
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
