package ir.bashgah.portal.web;

import ir.bashgah.tenancy.api.TenantDomains;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A club's own domain (CP2, J3): a member who types the club's host lands in its portal rather than on
 * the platform's start page. Only the root is routed; the portal's pages, invoice links and the API
 * answer on any host as on the platform's own.
 */
@WebFilter(urlPatterns = {"", "/index.html"}, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ClubDomains extends HttpFilter {
  @Inject TenantDomains domains;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    Optional<String> club = domains.slugOf(request.getServerName());
    if (club.isPresent()) {
      response.sendRedirect(request.getContextPath() + "/p/" + club.get() + "/");
      return;
    }
    chain.doFilter(request, response);
  }
}
