package ir.bashgah.portal.web;

import ir.bashgah.kernel.access.Allowed;
import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.portal.application.ConfigureBranding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** How the club's member portal looks (CP2; docs/portal.md, "Branding"), set by its owner or a manager in the console. */
@ApplicationScoped
@Path("/v1/portal/branding")
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Permission.PORTAL_CONFIGURE)
public class PortalBrandingResource {
  @Inject ConfigureBranding branding;

  @GET
  @Operation(summary = "The portal's look, and what the club's plan lets it set")
  public ConfigureBranding.View show() {
    return branding.show();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the portal's look",
      description = "Any of displayName, primaryColor, backgroundColor (#rrggbb), template (standard, soft, bold), domain, address, social"
          + " ({instagram, telegram, whatsapp, website}); a field left out keeps its value, null clears it. Colours and domain need J3, a template J2"
          + " (403 feature-not-in-plan); a domain another club has is 409.")
  public ConfigureBranding.View change(Map<String, Object> body) {
    return branding.change(body);
  }

  @PUT
  @Path("logo")
  @Consumes(MediaType.WILDCARD)
  @RequestBody(required = true, description = "The image as it is: PNG, JPEG or WebP, at most 200 KB",
      content = {@Content(mediaType = "image/png"), @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/webp")})
  @Operation(summary = "Upload the club's logo (every plan)")
  public ConfigureBranding.View logo(InputStream body, @Context HttpHeaders headers) {
    imageType(headers, LOGO_TYPES);
    return branding.logo(read(body, 200 * 1024, "logo"));
  }

  @DELETE
  @Path("logo")
  @Operation(summary = "Remove the club's logo")
  public ConfigureBranding.View removeLogo() {
    return branding.removeLogo();
  }

  @PUT
  @Path("icon")
  @Consumes(MediaType.WILDCARD)
  @RequestBody(required = true, description = "A square PNG of at least 512×512 pixels, at most 500 KB", content = @Content(mediaType = "image/png"))
  @Operation(summary = "Upload the portal's app icon (J1)")
  public ConfigureBranding.View icon(InputStream body, @Context HttpHeaders headers) {
    imageType(headers, Set.of("image/png"));
    return branding.icon(read(body, 500 * 1024, "icon"));
  }

  @DELETE
  @Path("icon")
  @Operation(summary = "Go back to the standard app icon")
  public ConfigureBranding.View removeIcon() {
    return branding.removeIcon();
  }

  private static final Set<String> LOGO_TYPES = Set.of("image/png", "image/jpeg", "image/webp");

  /** An upload that does not say it is one of {@code types} is refused by its type, before its bytes are read (415). */
  private static void imageType(HttpHeaders headers, Set<String> types) {
    MediaType type = headers.getMediaType();
    String named = type == null ? "" : (type.getType() + "/" + type.getSubtype()).toLowerCase(java.util.Locale.ROOT);
    if (!types.contains(named)) {
      throw new Problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
          "Send the image as it is, with Content-Type " + String.join(", ", types.stream().sorted().toList()) + (named.isEmpty() ? "" : ", not " + named));
    }
  }

  /** The body, refused with a 422 naming {@code field} once it passes {@code max} bytes (nothing more is read). */
  private static byte[] read(InputStream body, int max, String field) {
    if (body == null) {
      throw Problem.invalid(field, "send the image as the request's body");
    }
    try {
      byte[] bytes = body.readNBytes(max + 1);
      if (bytes.length > max) {
        throw Problem.invalid(field, "must be at most " + (max / 1024) + " KB");
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
