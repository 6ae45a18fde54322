package ir.bashgah.web;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens every call: a request id (the client's X-Request-Id if it is sane, else a new one), the
 * client's address ({@link ClientAddresses}); closes it with one structured access-log line (tenant, request id, actor, status,
 * time; never a header value or body) and clears the thread's tenant and caller.
 */
@Provider
@PreMatching
@Priority(100)
@ApplicationScoped
public class RequestContextFilter implements ContainerRequestFilter, ContainerResponseFilter {
  static final String REQUEST_ID = "X-Request-Id";
  private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Logger ACCESS = Logger.getLogger("ir.bashgah.access");
  private static final String STARTED = "bashgah.started";

  @Context HttpServletRequest servletRequest;

  @Inject
  @ConfigProperty(name = "bashgah.trusted-proxies", defaultValue = " ")
  String trustedProxies;

  private volatile ClientAddresses clientAddresses;

  @Override
  public void filter(ContainerRequestContext request) {
    TenantContext.clear();
    String given = request.getHeaderString(REQUEST_ID);
    String requestId = given != null && SANE_ID.matcher(given).matches() ? given : Long.toString(Ids.next(), 36);
    String remote = servletRequest == null ? null : servletRequest.getRemoteAddr();
    CallContext.begin(requestId, addresses().of(remote, request.getHeaderString("X-Forwarded-For")));
    request.setProperty(STARTED, System.nanoTime());
  }

  private ClientAddresses addresses() {
    if (clientAddresses == null) {
      clientAddresses = ClientAddresses.trusting(trustedProxies);
    }
    return clientAddresses;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    try {
      CallContext.Call call = CallContext.current();
      response.getHeaders().putSingle(REQUEST_ID, call.requestId());
      Object started = request.getProperty(STARTED);
      long micros = started instanceof Long s ? (System.nanoTime() - s) / 1000 : -1;
      ACCESS.info(
          () -> "{\"event\":\"http\",\"requestId\":\"" + call.requestId() + "\",\"tenant\":\""
              + TenantContext.current().map(TenantContext.TenantRef::slug).orElse("-") + "\",\"actor\":\""
              + call.actor().kind() + ":" + call.actor().id() + "\",\"method\":\"" + request.getMethod()
              + "\",\"path\":\"/" + request.getUriInfo().getPath().replaceFirst("^/", "").replace("\"", "") + "\",\"status\":"
              + response.getStatus() + ",\"micros\":" + micros + "}");
    } finally {
      TenantContext.clear();
      CallContext.clear();
    }
  }
}
