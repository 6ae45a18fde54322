package ir.bashgah.messaging.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.messaging.api.OutgoingMessage;
import ir.bashgah.messaging.api.Outbox;
import ir.bashgah.messaging.domain.message.Messages;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox other modules write to. MANDATORY: a message queued outside a transaction would be
 * sent whatever happened to the event that caused it, which is what the outbox exists to prevent.
 */
@ApplicationScoped
public class QueueMessages implements Outbox {
  private static final Logger LOG = Logger.getLogger(QueueMessages.class.getName());

  @Inject Messages messages;
  @Inject DeliverMessages delivery;
  @Inject Clock clock;
  @Resource TransactionSynchronizationRegistry registry;
  @Resource ManagedExecutorService executor;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public long queue(OutgoingMessage message) {
    long id = Ids.next();
    messages.add(id, message, Instant.now(clock));
    return id;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public long queueSignInCode(OutgoingMessage message) {
    long id = Ids.next();
    messages.addConfidential(id, message, Instant.now(clock));
    TenantContext.TenantRef tenant = TenantContext.require();
    registry.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {}

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          executor.submit(() -> sendNow(tenant, id, message));
        }
      }
    });
    return id;
  }

  private void sendNow(TenantContext.TenantRef tenant, long id, OutgoingMessage message) {
    CallContext.begin("urgent-" + id, null);
    CallContext.actAs(new Actor(Actor.Kind.SYSTEM, "messaging", "messaging", null, null));
    try {
      TenantContext.callAs(tenant, () -> {
        delivery.deliverNow(id, message.channel());
        return null;
      });
    } catch (Exception e) {
      // the row stays QUEUED (or is retried): message-delivery's next run sends it
      LOG.log(Level.WARNING, "Sending message " + id + " of " + tenant.slug() + " at once failed; the delivery job will send it", e);
    } finally {
      CallContext.clear();
    }
  }
}
