package ir.bashgah.web;

import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.web.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who may read the Prometheus metrics at /metrics (they tell a stranger how busy every club is and
 * which parts of the server are under strain): a scraper that sends {@code Authorization: Bearer
 * <BASHGAH_METRICS_TOKEN>}, or a client whose address is in BASHGAH_METRICS_ALLOW (by default only
 * this machine). A request relayed by a proxy that is not trusted never counts as this machine.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsAccess extends HttpFilter {
  private volatile ClientAddresses proxies;
  private volatile ClientAddresses allowed;
  private volatile byte[] token;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    proxies = ClientAddresses.trusting(config.getOptionalValue("bashgah.trusted-proxies", String.class).orElse(""));
    allowed = ClientAddresses.trusting(config.getOptionalValue("bashgah.metrics.allow", String.class).orElse("127.0.0.1,::1"));
    token = config.getOptionalValue("bashgah.metrics.token", String.class).filter(t -> !t.isBlank())
        .map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    if (hasToken(request) || isAllowedAddress(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
    ServletProblems.write(request, response, 401, ProblemType.UNAUTHORIZED,
        "The metrics are for the platform's monitoring: send 'Authorization: Bearer <BASHGAH_METRICS_TOKEN>' or scrape from an address in BASHGAH_METRICS_ALLOW");
  }

  private boolean hasToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return token != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
        && MessageDigest.isEqual(token, header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
  }

  private boolean isAllowedAddress(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    String forwardedFor = request.getHeader("X-Forwarded-For");
    String client = proxies.of(remote, forwardedFor);
    boolean relayedByStranger = client.equals(remote) && (forwardedFor != null || request.getHeader("Forwarded") != null);
    return !relayedByStranger && allowed.isAllowed(client);
  }
}
