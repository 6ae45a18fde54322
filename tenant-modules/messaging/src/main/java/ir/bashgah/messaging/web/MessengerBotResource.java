package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.application.ConfigureMessengerBot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The club's bot on a Telegram-compatible messenger (plan feature C8): Telegram, or Bale, whose bot API
 * follows Telegram's. Members link their chats with it, and the club's MESSENGER messages go there. The
 * token is shown once: no answer carries more than its last characters.
 */
@ApplicationScoped
@Path("/v1/messaging/messenger-bot")
@Produces(MediaType.APPLICATION_JSON)
public class MessengerBotResource {
  public record BotForm(String token, String baseUrl) {}

  @Inject ConfigureMessengerBot configure;

  @GET
  @Allowed(Permission.MESSAGES_CONFIGURE)
  @RequiresFeature("C8")
  @Operation(summary = "The club's messenger bot", description = "baseUrl, the bot's username, the token's last characters only (maskedToken), the link"
      + " members open to reach the bot, how many members have linked their chats, and whether the messenger has refused the token since it was saved"
      + " (tokenRefusedAt: the club's messenger messages wait until a new token is saved) or its updates cannot be read (updatesFailure);"
      + " 404 not-found while the club has no bot.")
  public ConfigureMessengerBot.BotView show() {
    return configure.show();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.MESSAGES_CONFIGURE)
  @RequiresFeature("C8")
  @Operation(summary = "Set the club's messenger bot", description = "token: the bot's token from Telegram's BotFather or Bale's (stored encrypted,"
      + " never answered whole); baseUrl (optional): the bot API's address, https://api.telegram.org by default, https://tapi.bale.ai for Bale, on a"
      + " host the platform allows. The token is checked with the API's getMe before it is kept: a token the messenger does not know is 422 on token,"
      + " an API that does not answer 422 on baseUrl. The same bot again keeps its members' chats; another bot starts with none.")
  public ConfigureMessengerBot.BotView set(BotForm body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"token\", \"baseUrl\"?}");
    }
    return configure.set(body.token(), body.baseUrl());
  }

  @DELETE
  @Allowed(Permission.MESSAGES_CONFIGURE)
  @RequiresFeature("C8")
  @Operation(summary = "Remove the club's messenger bot", description = "Removes the bot, its token and every member's chat with it; 204 also when"
      + " there was none. Messenger messages due meanwhile are refused (the club has no bot).")
  @APIResponse(responseCode = "204", description = "Done; no body")
  public Response remove() {
    configure.remove();
    return Response.noContent().build();
  }
}
