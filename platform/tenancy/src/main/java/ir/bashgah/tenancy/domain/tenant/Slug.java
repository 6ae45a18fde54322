package ir.bashgah.tenancy.domain.tenant;

import java.util.regex.Pattern;

/** A tenant's slug, as docs/integration.md fixes it: {@code [a-z][a-z0-9-]{2,30}}. */
public final class Slug {
  private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{2,30}");

  private Slug() {}

  public static boolean isValid(String slug) {
    return slug != null && FORM.matcher(slug).matches();
  }
}
