package ir.bashgah.portal.web;

import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.portal.application.DescribeClub;
import ir.bashgah.portal.application.ClubImage;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the member portal (admin-ui/portal) at /p/{club}/ and invoice pages at /i/{token}. One bundle
 * serves every club: its files live under /p/ (hashed, cached for a year), and every page of a club,
 * as any invoice page, is the bundle's index.html, which reads the path. Each club gets its own
 * manifest (its name and colours, scope /p/{club}/) and the service worker under its own path, so an
 * installed portal is the club's app and its worker's scope is that club only.
 */
@WebFilter(urlPatterns = {"/p", "/p/*", "/i/*"})
public class PortalPages extends HttpFilter {
  private static final String INDEX = "/p/index.html";
  private static final Pattern CLUB_PATH = Pattern.compile("/p/([a-z0-9][a-z0-9-]{0,62})(/.*)?");

  @Inject DescribeClub clubs;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/i/")) {
      page(request, response);
      return;
    }
    if (path.startsWith("/p/assets/")) {
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      chain.doFilter(request, response);
      return;
    }
    if (path.equals("/p/index.html") || path.equals("/p/sw.js") || path.matches("/p/[^/]+\\.(png|svg|ico|txt)")) {
      response.setHeader("Cache-Control", path.endsWith(".png") || path.endsWith(".svg") || path.endsWith(".ico") ? "public, max-age=86400" : "no-cache");
      chain.doFilter(request, response);
      return;
    }
    Matcher club = CLUB_PATH.matcher(path);
    if (!club.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String slug = club.group(1);
    String rest = club.group(2);
    if (rest == null) {
      response.sendRedirect(request.getContextPath() + "/p/" + slug + "/");
    } else if (rest.equals("/manifest.webmanifest")) {
      manifest(slug, response);
    } else if (rest.equals("/logo")) {
      image(() -> clubs.logo(slug), response, request, chain, null);
    } else if (rest.equals("/icon-192.png") || rest.equals("/icon-512.png")) {
      int size = rest.contains("512") ? 512 : 192;
      image(() -> clubs.icon(slug, size), response, request, chain, "/p/icon-" + size + ".png");
    } else if (rest.equals("/sw.js")) {
      response.setHeader("Cache-Control", "no-cache");
      request.getRequestDispatcher("/p/sw.js").forward(request, response);
    } else if (rest.substring(rest.lastIndexOf('/') + 1).contains(".")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } else {
      page(request, response);
    }
  }

  /**
   * A club's image, or the product's default at {@code fallback} (none: 404). Outside any club's
   * context once read: the filter may run outside RequestContextFilter, which clears it.
   */
  private static void image(java.util.function.Supplier<java.util.Optional<ClubImage>> read, HttpServletResponse response,
      HttpServletRequest request, FilterChain chain, String fallback) throws IOException, ServletException {
    java.util.Optional<ClubImage> image;
    try {
      image = read.get();
    } catch (Problem e) {
      image = java.util.Optional.empty();
    } finally {
      TenantContext.clear();
    }
    if (image.isPresent()) {
      response.setContentType(image.get().type());
      // the address carries the look's version (?v=), so a new image is a new address
      response.setHeader("Cache-Control", "public, max-age=86400");
      response.setContentLength(image.get().bytes().length);
      response.getOutputStream().write(image.get().bytes());
    } else if (fallback != null) {
      response.setHeader("Cache-Control", "public, max-age=86400");
      request.getRequestDispatcher(fallback).forward(request, response);
    } else {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  private static void page(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
    response.setHeader("Cache-Control", "no-cache");
    request.getRequestDispatcher(INDEX).forward(request, response);
  }

  /** The Web App Manifest of the club's portal (installable: name, start_url, scope, display, icons). */
  private void manifest(String slug, HttpServletResponse response) throws IOException {
    DescribeClub.Club club;
    try {
      club = clubs.describe(slug);
    } catch (Problem e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } finally {
      // annotated filters run in no set order: this one may run outside RequestContextFilter, which clears it
      TenantContext.clear();
    }
    String base = "/p/" + club.slug() + "/";
    JsonArrayBuilder icons = Json.createArrayBuilder();
    for (int size : new int[] {192, 512}) {
      // the club's own icon when it has one (J1), the product's otherwise: the club's path serves either
      icons.add(Json.createObjectBuilder().add("src", base + "icon-" + size + ".png").add("sizes", size + "x" + size).add("type", "image/png")
          .add("purpose", "any maskable"));
    }
    String json = Json.createObjectBuilder()
        .add("id", base)
        .add("name", club.name())
        .add("short_name", club.name().length() <= 12 ? club.name() : club.name().substring(0, 12))
        .add("lang", "fa")
        .add("dir", "rtl")
        .add("start_url", base)
        .add("scope", base)
        .add("display", "standalone")
        .add("theme_color", club.primaryColor())
        .add("background_color", club.backgroundColor())
        .add("icons", icons)
        .build().toString();
    response.setContentType("application/manifest+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-cache");
    response.getWriter().write(json);
  }
}
