package ir.bashgah.portal.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.portal.domain.branding.BrandImages;
import ir.bashgah.portal.domain.branding.Branding;
import ir.bashgah.portal.domain.branding.Brandings;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import ir.bashgah.tenancy.api.TenantDomains;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The club's portal look, as its owner or manager sets it in the console (CP2): name and logo on every
 * plan; colours and domain (J3), template (J2) and app icon (J1) where the plan has them. Every change
 * is audited (PORTAL.BRANDING).
 */
@ApplicationScoped
public class ConfigureBranding {
  private static final Set<String> FIELDS = Set.of("displayName", "primaryColor", "backgroundColor", "template", "domain", "address", "social");
  private static final Set<String> SOCIAL = Set.of("instagram", "telegram", "whatsapp", "website");

  public record Allowed(boolean colors, boolean template, boolean icon, boolean domain) {}

  public record View(String displayName, String clubName, String logoUrl, String iconUrl, String primaryColor, String backgroundColor, String template,
      String domain, String address, SocialLinks social, Allowed allowed, String portalUrl) {}

  @Inject Brandings brandings;
  @Inject TenantDomains domains;
  @Inject TenantDirectory clubs;
  @Inject Features features;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public View show() {
    return view(brandings.current());
  }

  @Transactional
  public View change(Map<String, ?> body) {
    if (body == null || body.isEmpty()) {
      throw Problem.invalid("body", "send the fields to change, e.g. {\"displayName\": \"کافه ما\"}; null clears a field");
    }
    Validation v = new Validation();
    body.keySet().forEach(f -> v.require(FIELDS.contains(f), f, "is not a setting of the portal's look; settings are " + String.join(", ", FIELDS)));
    v.throwIfInvalid();
    Instant now = Instant.now(clock);
    Branding was = brandings.lock(now);
    Allowed allowed = allowed();
    String displayName = body.containsKey("displayName") ? text(v, body.get("displayName"), "displayName", 100) : was.displayName();
    String primary = body.containsKey("primaryColor") ? color(v, body.get("primaryColor"), "primaryColor", Branding.STANDARD_PRIMARY) : was.primaryColor();
    String background = body.containsKey("backgroundColor")
        ? color(v, body.get("backgroundColor"), "backgroundColor", Branding.STANDARD_BACKGROUND) : was.backgroundColor();
    String template = was.template();
    if (body.containsKey("template")) {
      Object t = body.get("template");
      template = t == null ? Branding.STANDARD_TEMPLATE : t instanceof String s && Branding.TEMPLATES.contains(s.trim()) ? s.trim() : null;
      v.require(template != null, "template", "must be one of " + String.join(", ", Branding.TEMPLATES.stream().sorted().toList()));
    }
    String address = body.containsKey("address") ? text(v, body.get("address"), "address", 300) : was.address();
    Branding.Social social = body.containsKey("social") ? social(v, body.get("social"), was.social()) : was.social();
    v.throwIfInvalid();
    Branding next = new Branding(displayName, primary, background, template, address, social, was.hasLogo(), was.logoType(), was.hasIcon(), was.version());
    if (next.hasOwnColors() && !allowed.colors()) {
      throw notInPlan("Own colours are in the Premium plan (J3); this club's portal keeps the standard look");
    }
    if (next.hasOwnTemplate() && !allowed.template()) {
      throw notInPlan("A template of its own is in the Premium plan (J2)");
    }
    String slug = TenantContext.require().slug();
    String domainBefore = domains.hostOf(slug).orElse(null);
    if (body.containsKey("domain")) {
      Object d = body.get("domain");
      if (d != null && !(d instanceof String)) {
        throw Problem.invalid("domain", "must be a host name such as club.example.ir, or null for none");
      }
      if (d != null && !((String) d).isBlank() && !allowed.domain()) {
        throw notInPlan("An own domain for the portal is in the Premium plan (J3)");
      }
      domains.assign(slug, (String) d);
    }
    brandings.save(next, now);
    Branding saved = brandings.current();
    View view = view(saved);
    audit.record("PORTAL.BRANDING", "portal", slug, summary(was, domainBefore), summary(saved, view.domain()));
    return view;
  }

  @Transactional
  public View logo(byte[] image) {
    String type = BrandImages.logoType(image).orElseThrow(() -> Problem.invalid("logo", "must be a PNG, JPEG or WebP image"));
    if (image.length > BrandImages.LOGO_MAX_BYTES) {
      throw Problem.invalid("logo", "must be at most 200 KB; this one is " + (image.length / 1024) + " KB");
    }
    Instant now = Instant.now(clock);
    brandings.lock(now);
    brandings.saveLogo(image, type, now);
    audit.record("PORTAL.LOGO", "portal", TenantContext.require().slug(), null, Map.of("type", type, "bytes", image.length));
    return view(brandings.current());
  }

  @Transactional
  public View removeLogo() {
    Instant now = Instant.now(clock);
    brandings.lock(now);
    brandings.saveLogo(null, null, now);
    audit.record("PORTAL.LOGO", "portal", TenantContext.require().slug(), null, null);
    return view(brandings.current());
  }

  @Transactional
  public View icon(byte[] image) {
    if (!allowed().icon()) {
      throw notInPlan("An app icon of its own is in the Premium plan (J1)");
    }
    if (image != null && image.length > BrandImages.ICON_MAX_BYTES) {
      throw Problem.invalid("icon", "must be at most 500 KB");
    }
    BufferedImage icon = BrandImages.icon(image).orElseThrow(() -> Problem.invalid("icon", "must be a square PNG of at least 512×512 pixels"));
    Instant now = Instant.now(clock);
    brandings.lock(now);
    brandings.saveIcon(BrandImages.png(icon, 512), BrandImages.png(icon, 192), now);
    audit.record("PORTAL.ICON", "portal", TenantContext.require().slug(), null, Map.of("pixels", icon.getWidth()));
    return view(brandings.current());
  }

  @Transactional
  public View removeIcon() {
    Instant now = Instant.now(clock);
    brandings.lock(now);
    brandings.saveIcon(null, null, now);
    audit.record("PORTAL.ICON", "portal", TenantContext.require().slug(), null, null);
    return view(brandings.current());
  }

  Allowed allowed() {
    TenantDescriptor club = club();
    return new Allowed(features.isEnabled(club, "J3"), features.isEnabled(club, "J2"), features.isEnabled(club, "J1"), features.isEnabled(club, "J3"));
  }

  private View view(Branding b) {
    TenantDescriptor club = club();
    String base = "/p/" + club.slug() + "/";
    return new View(b.displayName(), club.name(), b.hasLogo() ? base + "logo?v=" + b.version() : null,
        b.hasIcon() ? base + "icon-512.png?v=" + b.version() : null, b.primaryColor(), b.backgroundColor(), b.template(),
        domains.hostOf(club.slug()).orElse(null), b.address(), SocialLinks.of(b.social()), allowed(), base);
  }

  private TenantDescriptor club() {
    return clubs.find(TenantContext.require().slug()).orElseThrow();
  }

  private static Problem notInPlan(String detail) {
    return new Problem(ProblemType.FEATURE_NOT_IN_PLAN, detail);
  }

  private static String text(Validation v, Object value, String field, int max) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      v.require(false, field, "must be text or null");
      return null;
    }
    String t = s.strip();
    v.require(t.length() <= max, field, "must be at most " + max + " characters");
    return t.isEmpty() ? null : t;
  }

  private static String color(Validation v, Object value, String field, String standard) {
    if (value == null) {
      return standard;
    }
    String c = value instanceof String s ? Branding.color(s) : null;
    v.require(c != null, field, "must be a colour as #rrggbb, e.g. #0b6e4f");
    return c == null ? standard : c;
  }

  private static Branding.Social social(Validation v, Object value, Branding.Social was) {
    if (value == null) {
      return Branding.Social.NONE;
    }
    if (!(value instanceof Map<?, ?> m)) {
      v.require(false, "social", "must be an object such as {\"instagram\": \"mycafe\"}");
      return was;
    }
    m.keySet().forEach(k -> v.require(SOCIAL.contains(String.valueOf(k)), "social." + k, "is not one of " + String.join(", ", SOCIAL)));
    String instagram = m.containsKey("instagram") ? text(v, m.get("instagram"), "social.instagram", 200) : was.instagram();
    String telegram = m.containsKey("telegram") ? text(v, m.get("telegram"), "social.telegram", 200) : was.telegram();
    String whatsapp = m.containsKey("whatsapp") ? text(v, m.get("whatsapp"), "social.whatsapp", 200) : was.whatsapp();
    String website = m.containsKey("website") ? text(v, m.get("website"), "social.website", 300) : was.website();
    v.require(website == null || website.matches("https?://[^\\s]+"), "social.website", "must be an address starting with https://");
    return new Branding.Social(instagram, telegram, whatsapp, website);
  }

  private static Map<String, Object> summary(Branding b, String domain) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("displayName", b.displayName());
    m.put("primaryColor", b.primaryColor());
    m.put("backgroundColor", b.backgroundColor());
    m.put("template", b.template());
    m.put("domain", domain);
    return m;
  }
}
