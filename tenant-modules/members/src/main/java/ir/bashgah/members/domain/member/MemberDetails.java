package ir.bashgah.members.domain.member;

import java.time.LocalDate;

/**
 * What a member is registered with (M1), already checked and normalised: mobile as 09xxxxxxxxx,
 * national code as ten digits, Persian digits turned Latin, blanks as null.
 */
public record MemberDetails(
    String title,
    String firstName,
    String lastName,
    String group,
    String category,
    String nationalCode,
    LocalDate birthDate,
    LocalDate marriageDate,
    String educationDegree,
    String educationField,
    String mobile,
    String phone,
    String otherPhones,
    String address,
    String city,
    String postalCode,
    String email,
    String referrerCode,
    String notes,
    String externalRef) {

  /** The same details with group and category as the club's catalogues spell them. */
  public MemberDetails withCatalogueCodes(String group, String category) {
    return new MemberDetails(title, firstName, lastName, group, category, nationalCode, birthDate, marriageDate, educationDegree,
        educationField, mobile, phone, otherPhones, address, city, postalCode, email, referrerCode, notes, externalRef);
  }
}
