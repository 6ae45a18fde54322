package ir.bashgah.messaging.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.messaging.domain.line.ClubAddress;
import ir.bashgah.messaging.domain.messenger.BotApi;
import ir.bashgah.messaging.domain.messenger.BotApis;
import ir.bashgah.messaging.domain.messenger.MessengerBot;
import ir.bashgah.messaging.domain.messenger.MessengerBots;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bot of the club in context, while the club has messengers (plan feature C8) and its bot's address
 * is on a host the operator allows. Read again at every call (one row, by its key), so a bot an owner
 * saves is used from the next run of the jobs, on whichever node runs them.
 */
@ApplicationScoped
public class ClubBots {
  /** The plan feature of messengers (PLANS.md: "messengers (WhatsApp / Telegram) for messages and quick member login"). */
  public static final String MESSENGERS = "C8";

  /** The club's bot with the client that speaks to it. */
  public record ClubBot(MessengerBot bot, BotApi api) {}

  /** The club's bot, or why it has none it may use now ({@code missing}). */
  public record Found(ClubBot bot, String missing) {}

  @Inject MessengerBots bots;
  @Inject BotApis apis;
  @Inject Features features;
  @Inject TenantDirectory tenants;
  @Inject Transactions tx;

  /**
   * The hosts a bot's base URL may name. The owner writes the address, and the platform then sends the
   * bot's token and the members' messages there: without a list an owner could point the platform at
   * any address it can reach inside its own network.
   */
  @Inject
  @ConfigProperty(name = "bashgah.messenger.hosts", defaultValue = "api.telegram.org,tapi.bale.ai")
  String hosts;

  /** The club's bot, if it has one and may use it now. */
  public Optional<ClubBot> current() {
    return Optional.ofNullable(find().bot());
  }

  /** The club's bot, or why there is none it may use now. */
  public Found find() {
    String club = TenantContext.require().slug();
    if (!tenants.find(club).map(t -> features.isEnabled(t, MESSENGERS)).orElse(false)) {
      return new Found(null, "the club's plan does not include messengers (" + MESSENGERS + ")");
    }
    Optional<MessengerBot> bot = tx.inNew(bots::find);
    if (bot.isEmpty()) {
      return new Found(null, "the club has no messenger bot: set one in its messaging settings");
    }
    if (!allows(bot.get().baseUrl())) {
      // an address the operator has taken off the list since it was saved is not used any more
      return new Found(null, "the bot's address " + bot.get().baseUrl() + " is no longer on a host the platform allows: set the bot again");
    }
    return new Found(new ClubBot(bot.get(), apis.forClub(club, bot.get())), null);
  }

  /** The hosts a bot's base URL may name, as the operator set them (BASHGAH_MESSENGER_HOSTS). */
  public List<String> allowedHosts() {
    return ClubAddress.hosts(hosts);
  }

  public boolean allows(String baseUrl) {
    return ClubAddress.onAllowedHost(baseUrl, allowedHosts());
  }
}
