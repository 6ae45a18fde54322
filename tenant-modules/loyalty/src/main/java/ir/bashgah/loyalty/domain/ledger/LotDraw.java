package ir.bashgah.loyalty.domain.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** How much one spending entry took from one lot, so a return can put it back where it came from. */
@Entity
@Table(name = "lot_draw")
@IdClass(LotDraw.Key.class)
public class LotDraw {
  /** The primary key (entry, lot); a class with settable fields, as JPA needs for an id class. */
  public static class Key implements Serializable {
    private long entryId;
    private long lotId;

    public Key() {}

    public Key(long entryId, long lotId) {
      this.entryId = entryId;
      this.lotId = lotId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.entryId == entryId && k.lotId == lotId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(entryId) * 31 + Long.hashCode(lotId);
    }
  }

  @Id
  @Column(name = "entry_id")
  private long entryId;

  @Id
  @Column(name = "lot_id")
  private long lotId;

  @Column(nullable = false)
  private long amount;

  protected LotDraw() {}

  /** A draw as its row holds it. */
  public static LotDraw of(long entryId, long lotId, long amount) {
    return new LotDraw(entryId, lotId, amount);
  }

  public long entryId() {
    return entryId;
  }

  public long lotId() {
    return lotId;
  }

  public long amount() {
    return amount;
  }

  LotDraw(long entryId, long lotId, long amount) {
    this.entryId = entryId;
    this.lotId = lotId;
    this.amount = amount;
  }
}
