package ir.bashgah.messaging.application;

import ir.bashgah.kernel.Ids;
import ir.bashgah.messaging.api.OutgoingMessage;
import ir.bashgah.messaging.api.Outbox;
import ir.bashgah.messaging.domain.message.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The outbox other modules write to. MANDATORY: a message queued outside a transaction would be
 * sent whatever happened to the event that caused it, which is what the outbox exists to prevent.
 */
@ApplicationScoped
public class QueueMessages implements Outbox {
  @Inject Messages messages;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public long queue(OutgoingMessage message) {
    long id = Ids.next();
    messages.add(id, message, Instant.now(clock));
    return id;
  }
}
