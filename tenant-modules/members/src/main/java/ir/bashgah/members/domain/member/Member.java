package ir.bashgah.members.domain.member;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.crypto.Encrypted;
import ir.bashgah.kernel.crypto.FieldCipher;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer in the club. National code, phones and address are encrypted at rest (P6); mobile and
 * national code are found through their keyed-hash index columns.
 */
@Entity
@Table(name = "member")
public class Member {
  @Id private long id;

  @Column(name = "member_code", nullable = false, updatable = false)
  private String memberCode;

  private String title;

  @Column(name = "first_name", nullable = false)
  private String firstName;

  @Column(name = "last_name", nullable = false)
  private String lastName;

  @Column(name = "group_code")
  private String group;

  private String category;

  @Column(name = "national_code")
  @Convert(converter = Encrypted.class)
  private String nationalCode;

  @Column(name = "national_code_index")
  private String nationalCodeIndex;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "marriage_date")
  private LocalDate marriageDate;

  @Column(name = "education_degree")
  private String educationDegree;

  @Column(name = "education_field")
  private String educationField;

  @Column(nullable = false)
  @Convert(converter = Encrypted.class)
  private String mobile;

  @Column(name = "mobile_index", nullable = false)
  private String mobileIndex;

  @Convert(converter = Encrypted.class)
  private String phone;

  @Column(name = "other_phones")
  @Convert(converter = Encrypted.class)
  private String otherPhones;

  @Convert(converter = Encrypted.class)
  private String address;

  /** Not encrypted, unlike the address: segments select members by it. */
  private String city;

  @Column(name = "postal_code")
  private String postalCode;

  private String email;

  @Column(name = "referrer_code")
  private String referrerCode;

  private String notes;

  @Column(name = "external_ref")
  private String externalRef;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "credit_active", nullable = false)
  private boolean creditActive;

  @Column(name = "registered_branch")
  private String registeredBranch;

  @Column(name = "pin_hash")
  private String pinHash;

  @Column(name = "pin_failures", nullable = false)
  private int pinFailures;

  @Column(name = "pin_locked_until")
  private Instant pinLockedUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Member() {}

  public static Member register(String memberCode, MemberDetails details, String branch, Instant now) {
    Member m = new Member();
    m.id = Ids.next();
    m.memberCode = memberCode;
    m.active = true;
    m.creditActive = true;
    m.registeredBranch = branch;
    m.createdAt = now;
    m.apply(details, now);
    return m;
  }

  /** New details (M1), checked and normalised by the caller; blind indexes follow the new values. */
  public void edit(MemberDetails details, Instant now) {
    apply(details, now);
  }

  /** M5: a deactivated member cannot be served at the till; one whose credit alone is off cannot spend it. */
  public void changeStatus(boolean active, boolean creditActive, Instant now) {
    this.active = active;
    this.creditActive = creditActive;
    this.updatedAt = now;
  }

  private void apply(MemberDetails d, Instant now) {
    title = d.title();
    firstName = d.firstName();
    lastName = d.lastName();
    group = d.group();
    category = d.category();
    nationalCode = d.nationalCode();
    nationalCodeIndex = FieldCipher.blindIndex(d.nationalCode());
    birthDate = d.birthDate();
    marriageDate = d.marriageDate();
    educationDegree = d.educationDegree();
    educationField = d.educationField();
    mobile = d.mobile();
    mobileIndex = FieldCipher.blindIndex(d.mobile());
    phone = d.phone();
    otherPhones = d.otherPhones();
    address = d.address();
    city = d.city();
    postalCode = d.postalCode();
    email = d.email();
    referrerCode = d.referrerCode();
    notes = d.notes();
    externalRef = d.externalRef();
    updatedAt = now;
  }

  public MemberDetails details() {
    return new MemberDetails(title, firstName, lastName, group, category, nationalCode, birthDate, marriageDate, educationDegree,
        educationField, mobile, phone, otherPhones, address, city, postalCode, email, referrerCode, notes, externalRef);
  }

  /**
   * Sets the PIN as a keyed hash bound to this member, so equal PINs of two members never look
   * alike and a stolen table reveals nothing without the key.
   */
  public void setPin(String pin, Instant now) {
    pinHash = pinHashOf(pin);
    pinFailures = 0;
    pinLockedUntil = null;
    updatedAt = now;
  }

  public boolean hasPin() {
    return pinHash != null;
  }

  public boolean isPinLocked(Instant now) {
    return pinLockedUntil != null && now.isBefore(pinLockedUntil);
  }

  public Instant pinLockedUntil() {
    return pinLockedUntil;
  }

  /** Whether {@code pin} is this member's PIN; changes nothing. */
  public boolean pinMatches(String pin) {
    return pinHash != null && java.security.MessageDigest.isEqual(pinHash.getBytes(), pinHashOf(pin).getBytes());
  }

  /** A right PIN clears the count of wrong ones. */
  public void pinAccepted() {
    if (pinFailures != 0) {
      pinFailures = 0;
    }
  }

  /** Counts a wrong PIN; the fifth in a row locks spending for 15 minutes. */
  public void pinRefused(Instant now) {
    if (pinLockedUntil != null && !now.isBefore(pinLockedUntil)) {
      pinLockedUntil = null;
      pinFailures = 0;
    }
    pinFailures++;
    if (pinFailures >= 5) {
      pinLockedUntil = now.plus(java.time.Duration.ofMinutes(15));
      pinFailures = 0;
    }
  }

  private String pinHashOf(String pin) {
    return FieldCipher.blindIndex("pin:" + id + ":" + pin);
  }

  public long id() {
    return id;
  }

  public String memberCode() {
    return memberCode;
  }

  public String fullName() {
    return (firstName + " " + lastName).trim();
  }

  public boolean isActive() {
    return active;
  }

  public boolean isCreditActive() {
    return creditActive;
  }

  public String registeredBranch() {
    return registeredBranch;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
