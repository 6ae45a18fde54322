package ir.bashgah.portal.application;

import ir.bashgah.portal.domain.branding.Branding;

/** The club's social links as the portal and the console show them. */
public record SocialLinks(String instagram, String telegram, String whatsapp, String website) {
  static SocialLinks of(Branding.Social s) {
    return new SocialLinks(s.instagram(), s.telegram(), s.whatsapp(), s.website());
  }
}
