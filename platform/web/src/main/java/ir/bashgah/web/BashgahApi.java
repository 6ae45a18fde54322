package ir.bashgah.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The HTTP API under /api; every resource and provider of every module is found by scanning. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info = @Info(title = "Bashgah API", version = "1", description = "Loyalty club platform: platform, tenant staff and POS integration API"))
@SecuritySchemes({
  @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT"),
  @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = "Authorization",
      description = "Authorization: ApiKey <key> (POS terminals; /api/v1/pos/** only)")
})
public class BashgahApi extends Application {
  /** No WADL: the OpenAPI description at /openapi is the one list of routes, and it is curated. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
