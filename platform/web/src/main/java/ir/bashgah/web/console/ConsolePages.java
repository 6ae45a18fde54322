package ir.bashgah.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the operator's console (admin-ui) at /admin. It is a single-page app with its own routes
 * (/admin/members/100001), so any path under /admin that is not one of its files gets index.html,
 * and a reload or a shared link opens the right screen. The bundle's file names carry a content
 * hash, so they are cached for a year; index.html never is, so a new release is picked up at once.
 */
@WebFilter(urlPatterns = {"/admin", "/admin/*"})
public class ConsolePages extends HttpFilter {
  private static final String INDEX = "/admin/index.html";

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/admin")) {
      response.sendRedirect(request.getContextPath() + "/admin/");
      return;
    }
    if (path.startsWith("/admin/assets/")) {
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      chain.doFilter(request, response);
      return;
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (last.contains(".") && !path.equals(INDEX)) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader("Cache-Control", "no-cache");
    if (path.equals(INDEX)) {
      chain.doFilter(request, response);
    } else {
      request.getRequestDispatcher(INDEX).forward(request, response);
    }
  }
}
