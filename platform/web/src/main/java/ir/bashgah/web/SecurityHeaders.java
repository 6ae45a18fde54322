package ir.bashgah.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries (docs/security.md): no sniffing of content types, no framing,
 * nothing of the API kept in any cache (its answers hold tokens and members' data), and for the
 * console and the member portal a Content-Security-Policy that lets them run only the platform's own
 * scripts.
 *
 * <p>It runs on forwards too: the console's pages (/admin/, /admin/members/100001) are index.html
 * forwarded to by {@code ConsolePages}, and annotated filters run in no set order. When ConsolePages
 * came first, its forward skipped this filter and the pages went out without their
 * Content-Security-Policy; only the assets had it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class SecurityHeaders extends HttpFilter {
  /**
   * Scripts only from the platform itself, never inline or eval'd. Styles may be inline because MUI's
   * emotion writes its rules into style elements at run time; images may be data: and blob: URLs
   * (the favicon, a member's QR code).
   */
  static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
      + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * The member portal (/p/, and /i/ for invoice pages): the console's rules, and its service worker
   * and manifest from the platform too.
   */
  static final String PORTAL_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
      + " font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";

  /** The API answers data, never a page: nothing in it may load or run anything. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    if (path.startsWith("/admin")) {
      response.setHeader("Content-Security-Policy", CONSOLE_POLICY);
    } else if (path.startsWith("/p/") || path.startsWith("/i/")) {
      // caching is PortalPages' to say: the bundle for a year, the pages never
      response.setHeader("Content-Security-Policy", PORTAL_POLICY);
    } else {
      response.setHeader("Content-Security-Policy", API_POLICY);
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }
}
