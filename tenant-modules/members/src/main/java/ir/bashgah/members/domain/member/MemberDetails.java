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
    String postalCode,
    String email,
    String referrerCode,
    String notes,
    String externalRef) {}
