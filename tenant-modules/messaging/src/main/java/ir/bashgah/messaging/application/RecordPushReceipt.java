package ir.bashgah.messaging.application;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.push.ReceiptToken;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A web push's delivery receipt (plan feature C4, "with delivery reports"): the club's service worker
 * posts the message's id and the token the push carried when it shows the notification, and the
 * message becomes DELIVERED. No login: the token names the club and proves that the platform sent
 * this message, so a receipt can change one thing only, that message's SENT to DELIVERED, and tells
 * the caller nothing (the same answer whatever the message's state).
 */
@ApplicationScoped
public class RecordPushReceipt {
  @Inject TenantDirectory tenants;
  @Inject Messages messages;
  @Inject Transactions tx;
  @Inject Clock clock;

  public void record(String messageId, String token) {
    long id;
    try {
      id = Long.parseLong(messageId == null ? "" : messageId.trim());
    } catch (NumberFormatException e) {
      throw Problem.invalid("messageId", "must be the messageId the push carried (digits, as a string)");
    }
    String club = ReceiptToken.club(token, id)
        .orElseThrow(() -> Problem.invalid("token", "is not the token the push of this message carried"));
    Optional<TenantDescriptor> tenant = tenants.find(club);
    if (tenant.isEmpty() || !tenant.get().isServable()) {
      return; // a club gone or suspended since: nothing to record, and nothing to say about it
    }
    Instant now = Instant.now(clock);
    TenantContext.runAs(tenant.get().ref(), () -> tx.runInNew(() -> messages.recordShown(id, now)));
  }
}
