package ir.bashgah.messaging.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.domain.message.DeliveryReport;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.message.ReportSchedule;
import ir.bashgah.messaging.domain.message.SmsGateway;
import ir.bashgah.messaging.domain.message.SmsLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the gateways what became of the club's sent SMS (API-2.md, "Third parties": Kavenegar's
 * {@code sms/status.json}, SMS.ir's {@code send/{messageId}}), of the line that sent each one, and
 * records the final word: DELIVERED with the time, or FAILED with the reason, the recipient's
 * do-not-disturb block kept recognisable ({@link SmsGateway#DO_NOT_DISTURB}). A message without a final
 * word is asked about again on {@link ReportSchedule}'s terms, and after three days no more: it stays
 * SENT. Like the delivery, the gateway is asked outside any transaction and each answer recorded in a
 * short one.
 */
@ApplicationScoped
public class CollectDeliveryReports implements TenantJob {
  /** Messages taken per round: one Kavenegar request's worth. */
  static final int CLAIM = 500;

  static final Duration BUDGET = Duration.ofSeconds(45);

  @Inject Messages messages;
  @Inject SmsLines lines;
  @Inject RerouteBlockedNumbers blockedNumbers;
  @Inject Transactions tx;
  @Inject Clock clock;

  ReportSchedule schedule = ReportSchedule.STANDARD;

  @Override
  public String name() {
    return "message-reports";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.every(Duration.ofMinutes(2));
  }

  private static final class Tally {
    int delivered;
    int failed;
    int doNotDisturb;
    int waiting;
    int unaskable;
    private SmsLine current;

    /** The club's line as it is now, read once a run and only when a report needs it. */
    SmsLine line(SmsLines lines) {
      if (current == null) {
        current = lines.current();
      }
      return current;
    }
  }

  private record Sender(SmsLine.Line line, String provider) {}

  @Override
  public String runForTenant() {
    Instant started = Instant.now(clock);
    Tally tally = new Tally();
    Map<Sender, Optional<SmsGateway>> gateways = new HashMap<>();
    List<Messages.ReportDue> due;
    do {
      Instant now = Instant.now(clock);
      due = tx.inNew(() -> messages.reportsDue(now, CLAIM));
      Map<Sender, List<Messages.ReportDue>> bySender = new LinkedHashMap<>();
      for (Messages.ReportDue message : due) {
        bySender.computeIfAbsent(new Sender(message.line(), message.provider()), s -> new ArrayList<>()).add(message);
      }
      for (var group : bySender.entrySet()) {
        Sender sender = group.getKey();
        Optional<SmsGateway> gateway = gateways.computeIfAbsent(sender, s -> lines.forReports(s.line(), s.provider()));
        if (gateway.isEmpty()) {
          // the line that sent them speaks to another provider now, or is gone: nobody can say
          tx.runInNew(() -> group.getValue().forEach(m -> messages.askForReportAt(m.id(), null)));
          tally.unaskable += group.getValue().size();
          continue;
        }
        int size = Math.max(1, gateway.get().reportsPerRequest());
        List<Messages.ReportDue> all = group.getValue();
        for (int from = 0; from < all.size(); from += size) {
          ask(gateway.get(), all.subList(from, Math.min(all.size(), from + size)), tally);
        }
      }
    } while (due.size() == CLAIM && Duration.between(started, Instant.now(clock)).compareTo(BUDGET) < 0);
    if (tally.delivered + tally.failed + tally.doNotDisturb + tally.waiting + tally.unaskable == 0) {
      // nothing was due: no record of the run (TenantJob#runForTenant)
      return null;
    }
    return tally.delivered + " delivered, " + tally.failed + " failed, " + tally.doNotDisturb + " do-not-disturb, " + tally.waiting + " still on their way"
        + (tally.unaskable == 0 ? "" : ", " + tally.unaskable + " whose line can no longer be asked");
  }

  private void ask(SmsGateway gateway, List<Messages.ReportDue> asked, Tally tally) {
    SmsGateway.Reports answer;
    try {
      answer = gateway.reports(asked.stream().map(Messages.ReportDue::providerMessageId).toList());
    } catch (RuntimeException e) {
      // a gateway should answer Unanswered rather than throw; if one throws, its messages are still asked again later
      answer = new SmsGateway.Unanswered("the gateway failed: " + e.getClass().getSimpleName());
    }
    Map<String, DeliveryReport> byId = new HashMap<>();
    if (answer instanceof SmsGateway.Reported reported) {
      reported.reports().forEach(r -> byId.put(r.providerMessageId(), r));
    }
    Instant now = Instant.now(clock);
    tx.runInNew(() -> {
      for (Messages.ReportDue message : asked) {
        DeliveryReport report = byId.get(message.providerMessageId());
        DeliveryReport.State state = report == null ? DeliveryReport.State.PENDING : report.state();
        switch (state) {
          case DELIVERED -> {
            messages.recordDelivered(message.id(), report.deliveredAt() == null ? now : report.deliveredAt());
            tally.delivered++;
          }
          case UNDELIVERED -> {
            messages.recordUndelivered(message.id(), report.reason());
            tally.failed++;
          }
          case BLOCKED -> {
            // over the service line, which the club's line of now decides, or suppressed
            blockedNumbers.blocked(message.id(), message.recipient(), message.viaServiceLine(), tally.line(lines), now);
            tally.doNotDisturb++;
          }
          case PENDING -> {
            messages.askForReportAt(message.id(), schedule.next(message.sentAt(), now));
            tally.waiting++;
          }
        }
      }
    });
  }
}
