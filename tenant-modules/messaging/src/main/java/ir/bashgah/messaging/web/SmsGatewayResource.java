package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.RequiresFeature;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.messaging.application.ConfigureSmsLine;
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

/**
 * The club's own SMS line (API-2.md, "Third parties"; plan feature C6): its account at Kavenegar or
 * SMS.ir, used for the club's messages instead of the platform's line. The key is shown once: no
 * answer carries more than its last characters.
 */
@ApplicationScoped
@Path("/v1/messaging/sms-gateway")
@Produces(MediaType.APPLICATION_JSON)
public class SmsGatewayResource {
  public record GatewayForm(String provider, String apiKey, String sender, String serviceSender, String baseUrl) {}

  @Inject ConfigureSmsLine configure;

  @GET
  @Allowed(Permission.MESSAGES_CONFIGURE)
  @RequiresFeature("C6")
  @Operation(summary = "The club's own SMS line", description = "provider, sender, baseUrl and the API key's last characters only (maskedApiKey);"
      + " 404 not-found while the club sends through the platform's line.")
  public ConfigureSmsLine.LineView show() {
    return configure.show();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed(Permission.MESSAGES_CONFIGURE)
  @RequiresFeature("C6")
  @Operation(summary = "Send the club's SMS through its own account", description = "provider: kavenegar or smsir; apiKey: the account's key"
      + " (8-256 characters without spaces; stored encrypted, never answered whole); sender: the line's number (3-20 digits), required for smsir;"
      + " serviceSender (optional): the account's service line, which reaches numbers that block advertising SMS when the club has C2;"
      + " baseUrl (optional): the gateway's address, on a host the platform allows. The whole line is replaced; every mistake is 422 naming its field."
      + " Used from the next run of message-delivery.")
  public ConfigureSmsLine.LineView set(GatewayForm body) {
    if (body == null) {
      throw Problem.invalid("body", "is required: {\"provider\", \"apiKey\", \"sender\", \"baseUrl\"?}");
    }
    return configure.set(body.provider(), body.apiKey(), body.sender(), body.serviceSender(), body.baseUrl());
  }

  @DELETE
  @Allowed(Permission.MESSAGES_CONFIGURE)
  @RequiresFeature("C6")
  @Operation(summary = "Back to the platform's SMS line", description = "Removes the club's own line and its key; 204 also when there was none.")
  public Response remove() {
    configure.remove();
    return Response.noContent().build();
  }
}
