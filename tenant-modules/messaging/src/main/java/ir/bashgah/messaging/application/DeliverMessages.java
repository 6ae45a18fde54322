package ir.bashgah.messaging.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.api.Channel;
import ir.bashgah.messaging.domain.message.Backoff;
import ir.bashgah.messaging.domain.message.ClaimedMessage;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.message.Gateway;
import ir.bashgah.messaging.domain.settings.MessagingSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the club's due messages of every channel (docs/decisions/0006-messaging-outbox.md): claims a few rows in a
 * short transaction, sends each outside any transaction, records each answer in a short transaction
 * of its own. A run stops after {@link #BUDGET}, so one club's backlog does not hold the others'.
 * Messages of a batch or an automation are composed in the claim's transaction ({@link ComposeMessages}).
 * Marketing messages are not claimed in the club's quiet hours: they stay due and go when the hours end.
 * Each channel leaves through its {@link ChannelOutlet}.
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

  /** How long a held message ({@link Gateway.Held}: its account needs fixing) waits before it is tried again. */
  static final Duration HOLD = Duration.ofMinutes(5);

  @Inject Messages messages;
  @Inject ComposeMessages compose;
  @Inject ExpandBatches expansions;

  /**
   * At most this many sends per club and channel per run (BASHGAH_SMS_PER_MINUTE, default 3,000): a bulk send is
   * spread over the minutes at the gateway's pace rather than sent as fast as the outbox can claim.
   */
  @Inject
  @ConfigProperty(name = "bashgah.sms.per-minute", defaultValue = "3000")
  Integer perRun;
  @Inject MessagingSettings settings;
  /** Every channel's way out. */
  List<ChannelOutlet> outlets;
  @Inject Transactions tx;
  @Inject Clock clock;

  Backoff backoff = Backoff.STANDARD;

  @Inject
  void outlets(Instance<ChannelOutlet> beans) {
    outlets = beans.stream().toList();
  }

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
    Map<Channel, Run> runs = new EnumMap<>(Channel.class);
    outlets.forEach(o -> runs.put(o.channel(), new Run(o)));
    // The channels take turns, a claim each, so a long SMS send does not hold a club's email for the
    // whole budget; a channel leaves the round when a claim comes back short or it reached its limit.
    List<Run> active = new ArrayList<>(runs.values());
    while (!active.isEmpty() && Duration.between(started, Instant.now(clock)).compareTo(BUDGET) < 0) {
      for (Iterator<Run> it = active.iterator(); it.hasNext(); ) {
        Run run = it.next();
        if (!claimAndSend(run, limit)) {
          it.remove();
        }
      }
    }
    int sent = 0;
    int later = 0;
    int failed = 0;
    int suppressed = 0;
    int blocked = 0;
    for (Run run : runs.values()) {
      blocked += run.blocked;
      sent += run.sent;
      later += run.later;
      failed += run.failed;
      suppressed += run.suppressed;
    }
    // Nothing due is the common minute: no record of it (TenantJob#runForTenant).
    if (sent + later + failed + suppressed + blocked + written == 0) {
      return null;
    }
    return sent + " sent, " + later + " to retry, " + failed + " failed" + (suppressed == 0 ? "" : ", " + suppressed + " not sent (suppressed or unusable)")
        + (blocked == 0 ? "" : ", " + blocked + " to numbers that block advertising (sent again over the service line or suppressed)")
        + (written == 0 ? "" : ", " + written + " queued for a segment send");
  }

  /** One channel's part of a run: its outlet, opened at its first message, and what became of its messages. */
  private static final class Run {
    final ChannelOutlet channel;
    ChannelOutlet.Outlet outlet;
    int sent;
    int later;
    int failed;
    int suppressed;
    int blocked;

    Run(ChannelOutlet channel) {
      this.channel = channel;
    }

    int handled() {
      return sent + later + failed + blocked;
    }
  }

  /** Claims and sends one claim's worth of the channel's due messages; false when the channel has no more for this run. */
  private boolean claimAndSend(Run run, int limit) {
    Channel channel = run.channel.channel();
    Instant now = Instant.now(clock);
    List<ClaimedMessage> ready = new ArrayList<>();
    int take = Math.min(CLAIM, limit - run.handled());
    List<ClaimedMessage> claimed = inNew(() -> {
      ready.clear(); // a claim run again after a deadlock starts over
      // the club's quiet hours, read per claim: a run may go on past their start
      boolean marketingToo = !settings.quietHours().covers(now);
      List<ClaimedMessage> rows = messages.claimDue(channel, now, take, LEASE, marketingToo);
      ready.addAll(compose.compose(channel, rows));
      return rows;
    });
    run.suppressed += claimed.size() - ready.size();
    if (!ready.isEmpty() && run.outlet == null) {
      run.outlet = run.channel.open();
    }
    if (!ready.isEmpty()) {
      run.outlet.prepare(ready);
    }
    int blocked = 0;
    for (ClaimedMessage message : ready) {
      switch (deliver(message, run.outlet)) {
        case SENT -> run.sent++;
        case LATER -> run.later++;
        case FAILED -> run.failed++;
        case BLOCKED -> blocked++;
      }
    }
    run.blocked += blocked;
    // a message queued again for the service line is due now: the run goes on to send it
    return (claimed.size() == take || blocked > 0) && run.handled() < limit;
  }

  /**
   * Sends one queued message now, ahead of any backlog: a sign-in code must reach the member within
   * its two minutes, not at the next run behind a bulk send. A message another worker holds, or that
   * is no longer QUEUED, is left to the runs; a gateway that fails it leaves it to be retried as any
   * other.
   */
  public void deliverNow(long messageId, Channel channel) {
    ChannelOutlet way = outlets.stream().filter(o -> o.channel() == channel).findFirst()
        .orElseThrow(() -> new IllegalStateException("No way out for " + channel));
    List<ClaimedMessage> ready = new ArrayList<>();
    Instant now = Instant.now(clock);
    inNew(() -> {
      ready.clear();
      messages.claimOne(messageId, now, LEASE).ifPresent(m -> ready.addAll(compose.compose(channel, List.of(m))));
      return null;
    });
    if (ready.isEmpty()) {
      return;
    }
    ChannelOutlet.Outlet outlet = way.open();
    outlet.prepare(ready);
    ready.forEach(m -> deliver(m, outlet));
  }

  enum Outcome { SENT, LATER, FAILED, BLOCKED }

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

  Outcome deliver(ClaimedMessage message, ChannelOutlet.Outlet outlet) {
    Gateway.Result result;
    try {
      result = outlet.send(message);
    } catch (RuntimeException e) {
      // a gateway should answer Retry rather than throw; if one throws, the row still must not stay SENDING for a whole lease
      result = new Gateway.Retry("the gateway failed: " + e.getClass().getSimpleName());
    }
    Instant now = Instant.now(clock);
    String provider = outlet.provider();
    if (result instanceof Gateway.Sent s) {
      inNew(() -> messages.recordSent(message.id(), outlet.line(), provider, s.providerMessageId(), s.cost(), now));
      return Outcome.SENT;
    }
    if (result instanceof Gateway.Held h) {
      Instant due = now.plus(HOLD);
      inNew(() -> messages.recordHeld(message.id(), provider, h.reason(), due));
      return Outcome.LATER;
    }
    if (result instanceof Gateway.Retry r && backoff.mayRetry(message.attempts())) {
      Instant due = now.plus(backoff.after(message.attempts()));
      inNew(() -> messages.recordRetry(message.id(), provider, r.reason(), due));
      return Outcome.LATER;
    }
    if (result instanceof Gateway.Refused f && inNew(() -> outlet.handleRefusal(message, f, now))) {
      return Outcome.BLOCKED;
    }
    String reason = result instanceof Gateway.Refused f ? f.reason()
        : "gave up after " + message.attempts() + " attempts: " + ((Gateway.Retry) result).reason();
    inNew(() -> messages.recordFailed(message.id(), provider, reason, now));
    return Outcome.FAILED;
  }
}
