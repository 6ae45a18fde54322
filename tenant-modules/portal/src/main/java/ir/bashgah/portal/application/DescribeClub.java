package ir.bashgah.portal.application;

import ir.bashgah.features.api.Features;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.portal.domain.branding.Branding;
import ir.bashgah.portal.domain.branding.Brandings;
import ir.bashgah.tenancy.api.TenantDescriptor;
import ir.bashgah.tenancy.api.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * What the portal shows before anyone signs in (CP2): the club's name (or the name it gave its portal),
 * logo, colours and template, address and social links, and which of the member's features its plan
 * has. Colours, template and icon a club set while on Premium are shown only while it has them.
 */
@ApplicationScoped
public class DescribeClub {
  /** {@code walletAvailable}: the members' credit wallet (H1); {@code qrAvailable} B7; {@code pushAvailable} C4. */
  public record Club(String slug, String name, String logoUrl, String primaryColor, String backgroundColor, String template, boolean qrAvailable,
      boolean pushAvailable, boolean walletAvailable, String address, SocialLinks social) {}

  @Inject PortalClubs clubs;
  @Inject TenantDirectory directory;
  @Inject Brandings brandings;
  @Inject Features features;

  @Transactional
  public Club describe(String slug) {
    return describe(clubs.enter(slug));
  }

  /** The club in context. */
  @Transactional
  public Club current() {
    return describe(directory.find(TenantContext.require().slug()).orElseThrow());
  }

  /** The club's look within its plan (the icon is {@link #icon}'s). */
  Branding branding(TenantDescriptor club) {
    return brandings.current().withinPlan(features.isEnabled(club, "J3"), features.isEnabled(club, "J2"), features.isEnabled(club, "J1"));
  }

  /** The club's own app icon at 192 or 512 pixels, when it has one and its plan has J1. */
  @Transactional
  public Optional<ClubImage> icon(String slug, int size) {
    TenantDescriptor club = clubs.enter(slug);
    return branding(club).hasIcon() ? brandings.icon(size).map(i -> new ClubImage(i.bytes(), i.type())) : Optional.empty();
  }

  @Transactional
  public Optional<ClubImage> logo(String slug) {
    clubs.enter(slug);
    return brandings.logo().map(i -> new ClubImage(i.bytes(), i.type()));
  }

  private Club describe(TenantDescriptor club) {
    Branding b = branding(club);
    String name = b.displayName() == null ? club.name() : b.displayName();
    String logo = b.hasLogo() ? "/p/" + club.slug() + "/logo?v=" + b.version() : null;
    return new Club(club.slug(), name, logo, b.primaryColor(), b.backgroundColor(), b.template(), features.isEnabled(club, "B7"),
        features.isEnabled(club, "C4"), features.isEnabled(club, "H1"), b.address(), SocialLinks.of(b.social()));
  }
}
