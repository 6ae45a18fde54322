package ir.bashgah.messaging.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.members.api.MemberOccasions;
import ir.bashgah.messaging.api.MessageKind;
import ir.bashgah.messaging.api.MessageStatus;
import ir.bashgah.messaging.api.Trigger;
import ir.bashgah.messaging.domain.automation.Automation;
import ir.bashgah.messaging.domain.automation.AutomationSettings;
import ir.bashgah.messaging.domain.greeting.Greetings;
import ir.bashgah.messaging.domain.greeting.JalaliAnniversaries;
import ir.bashgah.messaging.domain.message.Draft;
import ir.bashgah.messaging.domain.message.Messages;
import ir.bashgah.messaging.domain.settings.QuietHours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Birthday and wedding-anniversary greetings (C2; BIRTHDAY and ANNIVERSARY automations): every hour,
 * the members whose day it is in Tehran by the Jalali calendar, once a Jalali year each, due at nine
 * in the morning (or at once when the job runs later that day). The first run of a Tehran day queues
 * them; later runs find them greeted.
 */
@ApplicationScoped
public class SendGreetings implements TenantJob {
  static final LocalTime MORNING = LocalTime.of(9, 0);

  @Inject AutomationSettings settings;
  @Inject MemberOccasions occasions;
  @Inject Greetings greetings;
  @Inject Messages messages;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Override
  public String name() {
    return "greetings";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.every(Duration.ofHours(1));
  }

  @Override
  public String runForTenant() {
    Instant now = Instant.now(clock);
    LocalDate today = now.atZone(QuietHours.TEHRAN).toLocalDate();
    int queued = tx.inNew(() -> {
      Map<Trigger, Automation> set = settings.all();
      int count = 0;
      for (Trigger trigger : List.of(Trigger.BIRTHDAY, Trigger.ANNIVERSARY)) {
        Automation automation = set.get(trigger);
        if (automation == null || !automation.enabled()) {
          continue;
        }
        List<LocalDate> days = JalaliAnniversaries.anniversariesOn(today);
        List<Long> members = trigger == Trigger.BIRTHDAY ? occasions.bornOn(days) : occasions.marriedOn(days);
        if (members.isEmpty()) {
          continue;
        }
        int year = JalaliAnniversaries.jalaliYear(today);
        Set<Long> greeted = greetings.greeted(trigger, year, members);
        Instant morning = today.atTime(MORNING).atZone(QuietHours.TEHRAN).toInstant();
        Instant due = morning.isAfter(now) ? morning : now;
        for (long memberId : members) {
          if (greeted.contains(memberId)) {
            continue;
          }
          long id = Ids.next();
          messages.addDraft(id, new Draft(null, memberId, automation.channel(), MessageKind.MARKETING, null, automation.templateCode(), null, trigger,
              MessageStatus.QUEUED, null), due, now);
          greetings.record(memberId, trigger, year, id, now);
          count++;
        }
      }
      return count;
    });
    // Nothing to greet is the common hour: no record of it (TenantJob#runForTenant).
    return queued == 0 ? null : queued + " greetings queued";
  }
}
