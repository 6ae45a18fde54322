package ir.bashgah.portal.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.tenancy.api.TenantDescriptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What the portal shows before anyone signs in: the club's name, colours and logo (CP2), and which of
 * the member's features the club's plan has. Every club has the product's standard look until its
 * branding settings exist (the rest of CP2: Premium colours, template, icon and domain).
 */
@ApplicationScoped
public class DescribeClub {
  public static final String STANDARD_PRIMARY = "#0b6e4f";
  public static final String STANDARD_BACKGROUND = "#ffffff";

  public record Club(String slug, String name, String logoUrl, String primaryColor, String backgroundColor, String template, boolean qrAvailable,
      boolean pushAvailable) {}

  @Inject PortalClubs clubs;
  @Inject Features features;

  public Club describe(String slug) {
    TenantDescriptor club = clubs.enter(slug);
    return new Club(club.slug(), club.name(), null, STANDARD_PRIMARY, STANDARD_BACKGROUND, "standard", features.isEnabled(club, "B7"),
        features.isEnabled(club, "C4"));
  }
}
