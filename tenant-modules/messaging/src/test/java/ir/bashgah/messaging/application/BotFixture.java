package ir.bashgah.messaging.application;

import ir.bashgah.messaging.domain.messenger.BotApi;
import ir.bashgah.messaging.domain.messenger.MessengerBot;
import ir.bashgah.messaging.domain.messenger.MessengerBots;
import ir.bashgah.messaging.domain.messenger.MessengerChats;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A club's bot in memory: its row, its members' chats, and a bot API that answers what the test scripts and keeps what it was sent. */
class BotFixture implements MessengerBots, MessengerChats {
  static final String TOKEN = "123456789:AAH-test-token-Zz99";

  MessengerBot bot;
  final Map<Long, Long> chatOfMember = new HashMap<>();

  /** What the fake API answers getUpdates, one answer per call; nothing more when they are used up. */
  final Deque<BotApi.Updates> updates = new ArrayDeque<>();
  /** What it answers sendMessage, one per call; Sent when they are used up. */
  final Deque<BotApi.Delivery> deliveries = new ArrayDeque<>();
  final List<Long> offsetsAsked = new ArrayList<>();
  final List<Said> sent = new ArrayList<>();
  BotApi.Me me = new BotApi.Identity(123456789L, "golestan_bot");

  record Said(long chatId, String text, BotApi.Keyboard keyboard) {}

  final BotApi api = new BotApi() {
    @Override
    public Me me() {
      return me;
    }

    @Override
    public Updates updates(long offset, int limit) {
      offsetsAsked.add(offset);
      return updates.isEmpty() ? new Received(List.of()) : updates.poll();
    }

    @Override
    public Delivery send(long chatId, String text, Keyboard keyboard) {
      sent.add(new Said(chatId, text, keyboard));
      return deliveries.isEmpty() ? new BotApi.Sent(sent.size()) : deliveries.poll();
    }
  };

  BotFixture withBot() {
    bot = new MessengerBot(TOKEN, MessengerBot.TELEGRAM, 123456789L, "golestan_bot", 1, 0, null, null, null, null, Instant.EPOCH);
    return this;
  }

  /** The club's bots as a use case sees them: this bot, whatever the club's plan. */
  ClubBots clubBots() {
    BotFixture fixture = this;
    ClubBots bots = new ClubBots() {
      @Override
      public Found find() {
        return fixture.bot == null ? new Found(null, "the club has no messenger bot") : new Found(new ClubBot(fixture.bot, fixture.api), null);
      }
    };
    bots.hosts = "api.telegram.org,tapi.bale.ai,127.0.0.1";
    return bots;
  }

  @Override
  public Optional<MessengerBot> find() {
    return Optional.ofNullable(bot);
  }

  @Override
  public void save(MessengerBot saved) {
    bot = saved;
  }

  @Override
  public boolean remove() {
    boolean had = bot != null;
    bot = null;
    return had;
  }

  private MessengerBot with(long revision, long offset, Instant refusedAt, String refusal, Instant pollFailedAt, String pollFailure) {
    if (bot == null || bot.revision() != revision) {
      return bot;
    }
    return new MessengerBot(bot.token(), bot.baseUrl(), bot.botId(), bot.username(), bot.revision(), offset, refusedAt, refusal, pollFailedAt, pollFailure,
        bot.updatedAt());
  }

  @Override
  public void advanceOffset(long revision, long offset) {
    bot = with(revision, Math.max(offset, bot.updateOffset()), bot.tokenRefusedAt(), bot.tokenRefusal(), bot.pollFailedAt(), bot.pollFailure());
  }

  @Override
  public void markTokenRefused(long revision, String reason, Instant at) {
    bot = with(revision, bot.updateOffset(), bot.tokenRefusedAt() == null ? at : bot.tokenRefusedAt(), reason, bot.pollFailedAt(), bot.pollFailure());
  }

  @Override
  public void markPollFailed(long revision, String reason, Instant at) {
    bot = with(revision, bot.updateOffset(), bot.tokenRefusedAt(), bot.tokenRefusal(), bot.pollFailedAt() == null ? at : bot.pollFailedAt(), reason);
  }

  @Override
  public void pollAnswered(long revision) {
    bot = with(revision, bot.updateOffset(), null, null, null, null);
  }

  @Override
  public void link(long memberId, long chatId, Instant at) {
    chatOfMember.values().remove(chatId);
    chatOfMember.put(memberId, chatId);
  }

  @Override
  public Optional<Long> unlinkChat(long chatId) {
    Optional<Long> member = memberOf(chatId);
    member.ifPresent(chatOfMember::remove);
    return member;
  }

  @Override
  public Optional<Long> memberOf(long chatId) {
    return chatOfMember.entrySet().stream().filter(e -> e.getValue() == chatId).map(Map.Entry::getKey).findFirst();
  }

  @Override
  public Map<Long, Long> chatsOf(Collection<Long> memberIds) {
    Map<Long, Long> found = new HashMap<>();
    memberIds.forEach(id -> Optional.ofNullable(chatOfMember.get(id)).ifPresent(c -> found.put(id, c)));
    return found;
  }

  @Override
  public long count() {
    return chatOfMember.size();
  }

  @Override
  public void unlinkAll() {
    chatOfMember.clear();
  }
}
