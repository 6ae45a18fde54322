package ir.bashgah.members.application;

import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.kernel.text.NationalCode;
import ir.bashgah.kernel.text.PlaceName;
import ir.bashgah.members.domain.catalogue.CatalogueCode;
import ir.bashgah.members.domain.member.MemberDetails;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A member as typed at a till or sent by a sales system: strings, possibly with Persian digits. Turns
 * into {@link MemberDetails} or a 422 that names every field to fix.
 */
public record MemberForm(
    String title,
    String firstName,
    String lastName,
    String group,
    String category,
    String nationalCode,
    String birthDate,
    String marriageDate,
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

  /** The field names as the API spells them; {@link MemberDetails} has the same ones in the same order. */
  public static final List<String> FIELDS = Arrays.stream(MemberForm.class.getRecordComponents()).map(RecordComponent::getName).toList();

  private static final Constructor<MemberForm> CONSTRUCTOR = canonicalConstructor();
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{4,15}");

  public MemberDetails validated(LocalDate today) {
    Validation v = new Validation();
    v.requireText(firstName, "firstName", 100);
    v.requireText(lastName, "lastName", 100);
    String normalisedMobile = null;
    if (blank(mobile)) {
      v.require(false, "mobile", "is required");
    } else {
      normalisedMobile = IranianMobile.normalize(mobile).orElse(null);
      v.require(normalisedMobile != null, "mobile", "must be an Iranian mobile number such as 09121234567 (+98 and Persian digits are fine)");
    }
    String code = null;
    if (!blank(nationalCode)) {
      code = NationalCode.normalize(nationalCode).orElse(null);
      v.require(code != null, "nationalCode", "is not a valid national code (10 digits with a correct check digit)");
    }
    LocalDate birth = date(birthDate, "birthDate", today, v);
    LocalDate marriage = date(marriageDate, "marriageDate", today, v);
    String postal = digits(postalCode);
    v.require(postal == null || postal.matches("\\d{10}"), "postalCode", "must be the 10 digits of an Iranian postal code");
    String phoneDigits = phoneDigits(phone);
    v.require(phoneDigits == null || PHONE.matcher(phoneDigits).matches(), "phone", "must be a phone number of 4 to 15 digits");
    v.require(blank(email) || (email.length() <= 200 && EMAIL.matcher(email.trim()).matches()), "email", "is not an email address");
    String referrer = digits(referrerCode);
    v.require(referrer == null || referrer.matches("\\d{1,20}"), "referrerCode", "must be a member code");
    v.require(externalRef == null || externalRef.length() <= 64, "externalRef", "must be at most 64 characters");
    max(v, title, "title", 40);
    String groupCode = code(group, "group", v);
    String categoryCode = code(category, "category", v);
    max(v, educationDegree, "educationDegree", 60);
    max(v, educationField, "educationField", 100);
    max(v, otherPhones, "otherPhones", 300);
    max(v, address, "address", 800);
    max(v, city, "city", 100);
    max(v, notes, "notes", 2000);
    v.throwIfInvalid();
    return new MemberDetails(
        trim(title), firstName.trim(), lastName.trim(), groupCode, categoryCode, code, birth, marriage, trim(educationDegree),
        trim(educationField), normalisedMobile, phoneDigits, trim(Digits.toLatin(otherPhones)), trim(address), PlaceName.normalize(city), postal,
        blank(email) ? null : email.trim().toLowerCase(), referrer, trim(notes), trim(externalRef));
  }

  /** The form that registers {@code details} again: where an edit starts from. */
  public static MemberForm of(MemberDetails details) {
    return fromValues(valuesOf(details));
  }

  /** The form of {@code values} (field name to text, as {@link #FIELDS} names them); names not in FIELDS are ignored. */
  public static MemberForm from(Map<String, String> values) {
    return fromValues(values);
  }

  /** This form with {@code changes} (field name to new value, null to clear) laid over it. */
  public MemberForm with(Map<String, String> changes) {
    Map<String, String> values = valuesOf(this);
    values.putAll(changes);
    return fromValues(values);
  }

  /** Every field of a form or of details, by name, as text (dates as YYYY-MM-DD). */
  public static Map<String, String> valuesOf(Record formOrDetails) {
    Map<String, String> values = new LinkedHashMap<>();
    try {
      for (RecordComponent c : formOrDetails.getClass().getRecordComponents()) {
        Object value = c.getAccessor().invoke(formOrDetails);
        values.put(c.getName(), value == null ? null : value.toString());
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }

  private static MemberForm fromValues(Map<String, String> values) {
    try {
      return CONSTRUCTOR.newInstance(FIELDS.stream().map(values::get).toArray());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Constructor<MemberForm> canonicalConstructor() {
    try {
      return MemberForm.class.getDeclaredConstructor(Arrays.stream(MemberForm.class.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String code(String value, String field, Validation v) {
    if (blank(value)) {
      return null;
    }
    String code = CatalogueCode.normalise(value).orElse(null);
    v.require(code != null, field, CatalogueCode.RULE);
    return code;
  }

  private static LocalDate date(String value, String field, LocalDate today, Validation v) {
    if (blank(value)) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(Digits.toLatin(value.trim()));
      v.require(!d.isAfter(today) && d.getYear() >= 1900, field, "must be a past date after 1900");
      return d;
    } catch (DateTimeParseException e) {
      v.require(false, field, "must be a Gregorian date as YYYY-MM-DD");
      return null;
    }
  }

  private static void max(Validation v, String value, String field, int max) {
    v.require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
  }

  private static String digits(String value) {
    return blank(value) ? null : Digits.toLatin(value).replaceAll("[\\s\\-]", "");
  }

  private static String phoneDigits(String value) {
    return blank(value) ? null : Digits.toLatin(value).replaceAll("[\\s\\-()]", "");
  }

  private static String trim(String value) {
    return blank(value) ? null : value.trim();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
