package ir.bashgah.messaging.application;

import ir.bashgah.jobs.api.JobSchedule;
import ir.bashgah.jobs.api.TenantJob;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.members.api.MemberDirectory;
import ir.bashgah.members.api.MemberRef;
import ir.bashgah.messaging.domain.messenger.BotApi;
import ir.bashgah.messaging.domain.messenger.MessengerBot;
import ir.bashgah.messaging.domain.messenger.MessengerBots;
import ir.bashgah.messaging.domain.messenger.MessengerChats;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads what members wrote to the club's bot and links them to their chats (plan feature C8): on
 * {@code /start} the bot asks for the member's number with a button that shares it; a contact that is
 * the sender's own (its {@code user_id} is his) is looked up among the club's members by mobile, and
 * his chat is linked; {@code /stop} unlinks it. The bot answers each in Persian.
 *
 * <p>The updates are polled ({@code getUpdates}, every minute, answered at once), not pushed to a
 * webhook: a webhook needs a public HTTPS address per club that the messenger can reach and a way to
 * trust what arrives on it, while polling needs nothing but the token the club already gave, also for a
 * platform behind no public address (and Telegram's servers cannot always reach Iranian hosts, nor the
 * other way round). A member who shares his number waits at most a minute for his answer.
 *
 * <p>The links of a batch of updates and the offset past them are written in one transaction, so an
 * update is stored once; the answers go after it commits. An update read twice (a manual run beside the
 * scheduler's) links the same chat again and answers again, which does no harm.
 */
@ApplicationScoped
public class ReadMessengerUpdates implements TenantJob {
  /** Updates per request: the API's own maximum. */
  static final int LIMIT = 100;

  static final Duration BUDGET = Duration.ofSeconds(45);

  static final String SHARE_BUTTON = "ارسال شماره‌ی من";

  @Inject ClubBots clubBots;
  @Inject MessengerBots bots;
  @Inject MessengerChats chats;
  @Inject MemberDirectory members;
  @Inject TenantDirectory tenants;
  @Inject Transactions tx;
  @Inject Clock clock;

  @Override
  public String name() {
    return "messenger-updates";
  }

  @Override
  public JobSchedule schedule() {
    return JobSchedule.every(Duration.ofMinutes(1));
  }

  private static final class Tally {
    int read;
    int linked;
    int strangers;
    int unlinked;
    int unanswered;
  }

  /** An answer to send once the updates it answers are stored. */
  private record Answer(long chatId, String text, BotApi.Keyboard keyboard) {}

  @Override
  public String runForTenant() {
    Optional<ClubBots.ClubBot> found = clubBots.current();
    if (found.isEmpty()) {
      return null;
    }
    MessengerBot bot = found.get().bot();
    BotApi api = found.get().api();
    String club = tenants.find(TenantContext.require().slug()).map(t -> t.name()).orElse("");
    Instant started = Instant.now(clock);
    Tally tally = new Tally();
    long offset = bot.updateOffset();
    boolean full;
    do {
      BotApi.Updates answer;
      try {
        answer = api.updates(offset, LIMIT);
      } catch (RuntimeException e) {
        // a client should answer Unanswered rather than throw; if one throws, the updates are read again next run
        answer = new BotApi.Unanswered("the bot API client failed: " + e.getClass().getSimpleName());
      }
      if (!(answer instanceof BotApi.Received received)) {
        return failed(bot, answer, tally);
      }
      if (offset == bot.updateOffset() && (bot.tokenRefused() || bot.pollFailure() != null)) {
        tx.runInNew(() -> bots.pollAnswered(bot.revision()));
      }
      List<BotApi.Update> updates = received.updates();
      if (updates.isEmpty()) {
        break;
      }
      long next = updates.stream().mapToLong(BotApi.Update::updateId).max().getAsLong() + 1;
      List<Answer> answers = tx.inNew(() -> {
        List<Answer> replies = new ArrayList<>();
        Tally counted = new Tally();
        for (BotApi.Update update : updates) {
          handle(update, club, counted).ifPresent(replies::add);
        }
        bots.advanceOffset(bot.revision(), next);
        // counted here, once the transaction has its way: a run again after a failure counts afresh
        tally.linked += counted.linked;
        tally.strangers += counted.strangers;
        tally.unlinked += counted.unlinked;
        return replies;
      });
      tally.read += updates.size();
      for (Answer a : answers) {
        BotApi.Delivery delivery;
        try {
          delivery = api.send(a.chatId(), a.text(), a.keyboard());
        } catch (RuntimeException e) {
          delivery = new BotApi.Unanswered(e.getClass().getSimpleName());
        }
        if (!(delivery instanceof BotApi.Sent)) {
          // the member may write again; his link, if any, is stored
          tally.unanswered++;
        }
      }
      offset = next;
      full = updates.size() >= LIMIT;
    } while (full && Duration.between(started, Instant.now(clock)).compareTo(BUDGET) < 0);
    if (tally.read == 0) {
      // nothing written to the bot: no record of the run (TenantJob#runForTenant)
      return null;
    }
    return tally.read + " updates: " + tally.linked + " members linked, " + tally.strangers + " numbers of no member, " + tally.unlinked + " unlinked"
        + (tally.unanswered == 0 ? "" : ", " + tally.unanswered + " answers not delivered");
  }

  /**
   * Keeps why the updates could not be read, and says so in the run's record the first time (a club
   * whose bot API is out of reach would otherwise leave a record every minute).
   */
  private String failed(MessengerBot bot, BotApi.Updates answer, Tally tally) {
    Instant now = Instant.now(clock);
    String reason = answer instanceof BotApi.TokenRefused r ? r.reason() : ((BotApi.Unanswered) answer).reason();
    boolean refused = answer instanceof BotApi.TokenRefused;
    boolean news = !Objects.equals(reason, bot.pollFailure()) || refused && !bot.tokenRefused();
    tx.runInNew(() -> {
      bots.markPollFailed(bot.revision(), reason, now);
      if (refused) {
        bots.markTokenRefused(bot.revision(), reason, now);
      }
    });
    String what = refused ? "the messenger refused the bot's token (save a new one): " + reason : "could not read the bot's updates: " + reason;
    if (tally.read > 0) {
      return tally.read + " updates: " + tally.linked + " members linked, " + tally.strangers + " numbers of no member, " + tally.unlinked + " unlinked; then "
          + what;
    }
    return news ? what : null;
  }

  /** What the update changes (in the run's transaction) and what the bot answers it, if anything. */
  private Optional<Answer> handle(BotApi.Update update, String club, Tally tally) {
    if (!update.isMessage() || !update.privateChat()) {
      // an edit, or a message in a group the bot was added to: no member's own chat
      return Optional.empty();
    }
    long chat = update.chatId();
    if (update.contact() != null) {
      BotApi.Contact contact = update.contact();
      if (contact.userId() == null || !contact.userId().equals(update.fromId())) {
        // someone else's number, forwarded or typed in: anyone could claim any member so
        return answer(chat, "لطفاً شماره‌ی خودتان را با دکمه‌ی «" + SHARE_BUTTON + "» بفرستید، نه شماره‌ی کس دیگری را.", ask());
      }
      Optional<MemberRef> member = IranianMobile.normalize(contact.phoneNumber()).flatMap(members::byMobile);
      if (member.isEmpty()) {
        tally.strangers++;
        return answer(chat, "این شماره در باشگاه " + club + " عضو نیست. اگر عضو هستید، از فروشگاه بخواهید شماره‌ی موبایل شما را در پرونده‌تان درست ثبت کند"
            + " و دوباره /start را بفرستید.", new BotApi.RemoveKeyboard());
      }
      chats.link(member.get().id(), chat, Instant.now(clock));
      tally.linked++;
      return answer(chat, "شما به باشگاه " + club + " وصل شدید. از این پس پیام‌های باشگاه را اینجا می‌گیرید. برای قطع آن‌ها /stop را بفرستید.",
          new BotApi.RemoveKeyboard());
    }
    String command = command(update.text());
    if (command.equals("/stop")) {
      if (chats.unlinkChat(chat).isPresent()) {
        tally.unlinked++;
      }
      return answer(chat, "پیام‌های باشگاه " + club + " در اینجا قطع شد. هر وقت خواستید، /start را بفرستید.", new BotApi.RemoveKeyboard());
    }
    if (chats.memberOf(chat).isPresent()) {
      return answer(chat, "شما به باشگاه " + club + " وصل هستید و پیام‌های آن را اینجا می‌گیرید. برای قطع آن‌ها /stop را بفرستید.", null);
    }
    // /start, or anything else from a chat that is not linked yet
    return answer(chat, "سلام! به ربات باشگاه " + club + " خوش آمدید. برای گرفتن پیام‌های باشگاه در اینجا، شماره‌ی موبایلی را که در باشگاه ثبت کرده‌اید"
        + " با دکمه‌ی «" + SHARE_BUTTON + "» بفرستید.", ask());
  }

  /** The command a text starts with, without a bot's name ({@code /start@club_bot payload} is {@code /start}); empty for no command. */
  static String command(String text) {
    if (text == null || !text.startsWith("/")) {
      return "";
    }
    String first = text.strip().split("\\s+", 2)[0];
    int at = first.indexOf('@');
    return (at < 0 ? first : first.substring(0, at)).toLowerCase(Locale.ROOT);
  }

  private static BotApi.Keyboard ask() {
    return new BotApi.AskForContact(SHARE_BUTTON);
  }

  private static Optional<Answer> answer(long chat, String text, BotApi.Keyboard keyboard) {
    return Optional.of(new Answer(chat, text, keyboard));
  }
}
