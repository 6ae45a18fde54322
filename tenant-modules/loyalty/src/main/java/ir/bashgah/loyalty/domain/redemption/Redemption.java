package ir.bashgah.loyalty.domain.redemption;

import ir.bashgah.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Credit a member spent at a till, before (or while) the invoice is issued. */
@Entity
@Table(name = "redemption")
public class Redemption {
  public enum Status {
    ACTIVE,
    CANCELLED,
    /** Referenced by an invoice: the sale happened, so it can no longer be cancelled. */
    USED
  }

  @Id private long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(nullable = false, updatable = false)
  private long amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "entry_id", nullable = false, updatable = false)
  private long entryId;

  @Column(name = "branch_code", updatable = false)
  private String branchCode;

  @Column(name = "terminal_id", updatable = false)
  private String terminalId;

  @Column(name = "invoice_number", updatable = false)
  private String invoiceNumber;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Version private long version;

  protected Redemption() {}

  public Redemption(long memberId, long amount, long entryId, String branchCode, String terminalId, String invoiceNumber, Instant now) {
    this.id = Ids.next();
    this.memberId = memberId;
    this.amount = amount;
    this.status = Status.ACTIVE;
    this.entryId = entryId;
    this.branchCode = branchCode;
    this.terminalId = terminalId;
    this.invoiceNumber = invoiceNumber;
    this.createdAt = now;
  }

  public void use() {
    status = Status.USED;
  }

  public void cancel(Instant now) {
    status = Status.CANCELLED;
    cancelledAt = now;
  }

  public long id() {
    return id;
  }

  public long memberId() {
    return memberId;
  }

  public long amount() {
    return amount;
  }

  public Status status() {
    return status;
  }

  public long entryId() {
    return entryId;
  }
}
