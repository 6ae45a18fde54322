package ir.bashgah.members.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A member's own profile in the club in context, as the member portal shows and changes it (M1, CP1). */
public interface MemberProfiles {
  /**
   * What a member may change himself. His mobile is how he signs in (changing it needs a code sent to
   * the new one), and his group, category, referrer, notes and external reference are the club's.
   */
  List<String> SELF_EDITABLE = List.of("title", "firstName", "lastName", "nationalCode", "birthDate", "marriageDate", "educationDegree",
      "educationField", "phone", "address", "city", "postalCode", "email");

  /** {@code nationalCode} masked, as staff see it. */
  record Profile(long memberId, String memberCode, String title, String firstName, String lastName, String mobile, String email, LocalDate birthDate,
      LocalDate marriageDate, String nationalCode, String city, String phone, String address, String postalCode, String educationDegree,
      String educationField, boolean active) {}

  /** A code for the member's phone screen that a till scans (B7), good until {@code expiresAt}. */
  record Qr(String payload, Instant expiresAt) {}

  Optional<Profile> of(long memberId);

  /**
   * Changes the member's own fields (RFC 7396 style, as the staff PATCH), checked exactly as the staff
   * edit checks them and audited with the member as the actor; 422 naming any field outside
   * {@link #SELF_EDITABLE}.
   */
  Profile editOwn(long memberId, Map<String, ?> patch);

  /** A fresh digital code for the member; 403 feature-not-in-plan when the club's plan has no B7. */
  Qr digitalQr(long memberId);
}
