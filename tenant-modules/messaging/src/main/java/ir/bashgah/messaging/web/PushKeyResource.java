package ir.bashgah.messaging.web;

import ir.bashgah.kernel.access.PublicEndpoint;
import ir.bashgah.security.api.WebPushKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The platform's VAPID public key, which a browser needs to subscribe to web push (its
 * {@code applicationServerKey}). Public and the same for every club: the key belongs to the platform,
 * not to a club, so the member portal's service worker reads it before anyone logs in and the call
 * needs no club at all (a tenant is resolved only from a login or an API key, docs/decisions/0001).
 */
@ApplicationScoped
@Path("/v1/messaging/push/public-key")
@Produces(MediaType.APPLICATION_JSON)
public class PushKeyResource {
  public record PublicKey(String publicKey) {}

  @Inject WebPushKeys keys;

  @GET
  @PublicEndpoint
  @Operation(summary = "The platform's VAPID public key for web push",
      description = "publicKey: the P-256 public key as an uncompressed point in base64url (65 bytes), for PushManager.subscribe's applicationServerKey."
          + " The same for every club; needs no login.")
  @APIResponse(responseCode = "200", description = "The key", content = @Content(schema = @Schema(implementation = PublicKey.class)))
  public Response publicKey() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    cache.setPrivate(false);
    return Response.ok(new PublicKey(keys.publicKeyText())).cacheControl(cache).build();
  }
}
