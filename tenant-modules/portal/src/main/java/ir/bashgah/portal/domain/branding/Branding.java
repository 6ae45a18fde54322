package ir.bashgah.portal.domain.branding;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The look of the club's portal. Every club may name it and give it a logo; its own colours, template,
 * app icon and domain are Premium's (J1-J3), and the standard look is what a club without them shows.
 * {@code version} changes with every change, so images are served under addresses that change too.
 */
public record Branding(String displayName, String primaryColor, String backgroundColor, String template, String address, Social social,
    boolean hasLogo, String logoType, boolean hasIcon, long version) {
  public static final String STANDARD_PRIMARY = "#0b6e4f";
  public static final String STANDARD_BACKGROUND = "#ffffff";
  public static final String STANDARD_TEMPLATE = "standard";
  public static final Set<String> TEMPLATES = Set.of("standard", "soft", "bold");
  public static final Branding STANDARD =
      new Branding(null, STANDARD_PRIMARY, STANDARD_BACKGROUND, STANDARD_TEMPLATE, null, Social.NONE, false, null, false, 0);

  private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");

  public record Social(String instagram, String telegram, String whatsapp, String website) {
    public static final Social NONE = new Social(null, null, null, null);
  }

  /** {@code #rrggbb} in lower case, or null for anything else. */
  public static String color(String typed) {
    if (typed == null) {
      return null;
    }
    String c = typed.trim().toLowerCase(Locale.ROOT);
    return COLOR.matcher(c).matches() ? c : null;
  }

  public boolean hasOwnColors() {
    return !primaryColor.equals(STANDARD_PRIMARY) || !backgroundColor.equals(STANDARD_BACKGROUND);
  }

  public boolean hasOwnTemplate() {
    return !template.equals(STANDARD_TEMPLATE);
  }

  /** What a club whose plan lacks them shows instead of its own colours, template and icon. */
  public Branding withinPlan(boolean colors, boolean template, boolean icon) {
    return new Branding(displayName, colors ? primaryColor : STANDARD_PRIMARY, colors ? backgroundColor : STANDARD_BACKGROUND,
        template ? this.template : STANDARD_TEMPLATE, address, social, hasLogo, logoType, icon && hasIcon, version);
  }
}
