package ir.bashgah.messaging.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.domain.message.Messages;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the rows of a send to a segment: a chunk of members per short transaction, in member-id
 * order, the batch's mark moved with each chunk, so a node that dies halfway leaves a batch the next
 * run of message-delivery carries on from the mark (docs/messaging.md). Started on a managed thread
 * as soon as the send commits, so a million members are queued within the minute rather than at the
 * next run.
 */
@ApplicationScoped
public class ExpandBatches {
  private static final Logger LOG = Logger.getLogger(ExpandBatches.class.getName());
  /** Members per transaction: ten multi-row inserts, short enough not to hold the batch's lock for long. */
  static final int CHUNK = 10_000;

  @Inject Messages messages;
  @Inject Transactions tx;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry registry;
  @Resource ManagedExecutorService executor;

  /** Once the caller's transaction has committed, writes the batch's rows on a managed thread. */
  public void afterCommit(long batchId) {
    TenantContext.TenantRef tenant = TenantContext.require();
    registry.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          executor.submit(() -> expandFor(tenant, batchId));
        }
      }
    });
  }

  private void expandFor(TenantContext.TenantRef tenant, long batchId) {
    CallContext.begin("expand-" + batchId + "-" + Ids.next(), null);
    CallContext.actAs(new Actor(Actor.Kind.SYSTEM, "messaging", "messaging", null, null));
    try {
      TenantContext.callAs(tenant, () -> expand(batchId));
    } catch (Exception e) {
      // the batch keeps its mark; message-delivery's next run carries on from it
      LOG.log(Level.WARNING, "Writing the messages of batch " + batchId + " of " + tenant.slug() + " stopped; the next delivery run carries on", e);
    } finally {
      CallContext.clear();
    }
  }

  /** Writes the batch's remaining rows; answers how many it wrote. */
  public long expand(long batchId) {
    long total = 0;
    int written;
    do {
      written = tx.inNew(() -> messages.expandNext(batchId, CHUNK, Instant.now(clock)));
      total += written;
    } while (written == CHUNK);
    return total;
  }

  /** Carries on every batch of the club whose rows are not all written (after a node died in the middle). */
  public long expandUnfinished() {
    List<Long> unfinished = tx.inNew(messages::unexpandedBatches);
    long total = 0;
    for (long id : unfinished) {
      total += expand(id);
    }
    return total;
  }
}
