package ir.bashgah.messaging.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.message.Backoff;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.message.SmsGateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import ir.bashgah.messaging.domain.settings.MessagingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the club's due SMS (docs/decisions/0006-messaging-outbox.md): claims a few rows in a
 * short transaction, sends each outside any transaction, records each answer in a short transaction
 * of its own. A run stops after {@link #BUDGET}, so one club's backlog does not hold the others'.
 * Messages of a batch or an automation are composed in the claim's transaction ({@link ComposeMessages}).
 * Marketing messages are not claimed in the club's quiet hours: they stay due and go when the hours end.
 * Email and push rows wait for their providers (later steps of issue 12).
 */
@ApplicationScoped
public class DeliverMessages implements TenantJob {
  /** Rows per claim: small enough that their sends (at most a timeout each) end well inside the lease. */
  static final int CLAIM = 20;

  /** Longer than {@link #CLAIM} sends that all time out, so a live worker never loses its rows. */
  static final Duration LEASE = Duration.ofMinutes(10);

  static final Duration BUDGET = Duration.ofSeconds(45);

  static final int DEFAULT_PER_RUN = 3000;

  static final int LOCK_ATTEMPTS = 5;

  @Inject Messages messages;
  @Inject ComposeMessages compose;
  @Inject ExpandBatches expansions;

  /**
   * At most this many sends per club per run (BASHGAH_SMS_PER_MINUTE, default 3,000): a bulk send is
   * spread over the minutes at the gateway's pace rather than sent as fast as the outbox can claim.
   */
  @Inject
  @ConfigProperty(name = "bashgah.sms.per-minute", defaultValue = "3000")
  Integer perRun;
  @Inject MessagingSettings settings;
  /** The club's own line (C6) or the platform's: which one is decided once per run. */
  @Inject SmsLines lines;
  @Inject Transactions tx;
  @Inject Clock clock;

  Backoff backoff = Backoff.STANDARD;

  @Override
  public String name() {
    return "message-delivery";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.every(Duration.ofMinutes(1));
  }

  @Override
  public String runForTenant() {
    Instant started = Instant.now(clock);
    // a segment send whose rows a dead node left half written carries on here
    long written = expansions.expandUnfinished();
    int limit = perRun == null ? DEFAULT_PER_RUN : perRun;
    int sent = 0;
    int later = 0;
    int failed = 0;
    int suppressed = 0;
    List<ClaimedMessage> claimed;
    SmsLine line = null;
    do {
      Instant now = Instant.now(clock);
      List<ClaimedMessage> ready = new ArrayList<>();
      int take = Math.min(CLAIM, limit - (sent + later + failed));
      claimed = inNew(() -> {
        ready.clear(); // a claim run again after a deadlock starts over
        // the club's quiet hours, read per claim: a run may go on past their start
        boolean marketingToo = !settings.quietHours().covers(now);
        List<ClaimedMessage> rows = messages.claimDue(Channel.SMS, now, take, LEASE, marketingToo);
        ready.addAll(compose.compose(Channel.SMS, rows));
        return rows;
      });
      suppressed += claimed.size() - ready.size();
      if (!ready.isEmpty() && line == null) {
        line = lines.current();
      }
      for (ClaimedMessage message : ready) {
        switch (deliver(message, line)) {
          case SENT -> sent++;
          case LATER -> later++;
          case FAILED -> failed++;
        }
      }
    } while (claimed.size() == CLAIM && sent + later + failed < limit && Duration.between(started, Instant.now(clock)).compareTo(BUDGET) < 0);
    // Nothing due is the common minute: no record of it (TenantJob#runForTenant).
    if (sent + later + failed + suppressed + written == 0) {
      return null;
    }
    return sent + " sent, " + later + " to retry, " + failed + " failed" + (suppressed == 0 ? "" : ", " + suppressed + " not sent (suppressed or unusable)")
        + (written == 0 ? "" : ", " + written + " queued for a segment send");
  }

  enum Outcome { SENT, LATER, FAILED }

  /**
   * A short transaction of the worker, run again when InnoDB broke a deadlock by rolling it back: two
   * workers (a manual run beside the scheduler's) claim ranges of the claim index while the other
   * records its answers, which moves rows out of those ranges, and the locks can cross.
   */
  private <T> T inNew(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.inNew(() -> {
          T value = work.get();
          messages.writeNow();
          return value;
        });
      } catch (RuntimeException e) {
        if (attempt >= LOCK_ATTEMPTS || !Constraints.isLockConflict(e)) {
          throw e;
        }
      }
    }
  }

  private void inNew(Runnable work) {
    inNew(() -> {
      work.run();
      return null;
    });
  }

  Outcome deliver(ClaimedMessage message, SmsLine line) {
    SmsGateway gateway = line.gateway();
    SmsGateway.Result result;
    try {
      result = gateway.send(message.id(), message.recipient(), message.text());
    } catch (RuntimeException e) {
      // a gateway should answer Retry rather than throw; if one throws, the row still must not stay SENDING for a whole lease
      result = new SmsGateway.Retry("the gateway failed: " + e.getClass().getSimpleName());
    }
    Instant now = Instant.now(clock);
    String provider = gateway.name();
    if (result instanceof SmsGateway.Sent s) {
      inNew(() -> messages.recordSent(message.id(), line.line(), provider, s.providerMessageId(), s.cost(), now));
      return Outcome.SENT;
    }
    if (result instanceof SmsGateway.Retry r && backoff.mayRetry(message.attempts())) {
      Instant due = now.plus(backoff.after(message.attempts()));
      inNew(() -> messages.recordRetry(message.id(), provider, r.reason(), due));
      return Outcome.LATER;
    }
    String reason = result instanceof SmsGateway.Refused f ? f.reason()
        : "gave up after " + message.attempts() + " attempts: " + ((SmsGateway.Retry) result).reason();
    inNew(() -> messages.recordFailed(message.id(), provider, reason, now));
    return Outcome.FAILED;
  }
}
