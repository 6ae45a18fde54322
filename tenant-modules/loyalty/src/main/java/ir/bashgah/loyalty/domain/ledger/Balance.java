package ir.bashgah.loyalty.domain.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A member's balance of one asset. It changes only in the transaction of its ledger entries and only
 * while its row is locked, which is what keeps two terminals from spending the same credit.
 */
@Entity
@Table(name = "balance")
@IdClass(Balance.Key.class)
public class Balance {
  /** The primary key (member, asset); a class with settable fields, as JPA needs for an id class. */
  public static class Key implements Serializable {
    private long memberId;
    private Asset asset;

    public Key() {}

    public Key(long memberId, Asset asset) {
      this.memberId = memberId;
      this.asset = asset;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.memberId == memberId && k.asset == asset;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(memberId) * 31 + (asset == null ? 0 : asset.hashCode());
    }
  }

  @Id
  @Column(name = "member_id")
  private long memberId;

  @Id
  @Enumerated(EnumType.STRING)
  private Asset asset;

  @Column(nullable = false)
  private long available;

  @Column(nullable = false)
  private long pending;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Balance() {}

  /** A balance as its row holds it. */
  public static Balance of(long memberId, Asset asset, long available, long pending, Instant updatedAt) {
    Balance b = new Balance();
    b.memberId = memberId;
    b.asset = asset;
    b.available = available;
    b.pending = pending;
    b.updatedAt = updatedAt;
    return b;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long available() {
    return available;
  }

  public long pending() {
    return pending;
  }

  public Asset asset() {
    return asset;
  }

  public long of(Bucket bucket) {
    return bucket == Bucket.AVAILABLE ? available : pending;
  }

  public long memberId() {
    return memberId;
  }

  /** Applies a signed change to one part; the caller has checked that a decrease is covered. */
  void change(Bucket bucket, long amount, Instant now) {
    if (bucket == Bucket.AVAILABLE) {
      available = Math.addExact(available, amount);
    } else {
      pending = Math.addExact(pending, amount);
    }
    updatedAt = now;
  }
}
