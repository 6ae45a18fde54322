package ir.bashgah.imports.domain.memberimport;

import ir.bashgah.kernel.problem.FieldError;
import ir.bashgah.kernel.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a member file: which column holds which field. Names are matched ignoring case,
 * spaces, dashes, underscores and the zero-width non-joiner, in English (the API's field names) or in
 * Persian (docs/member-import.md lists them); columns with other names are ignored.
 */
public final class Columns {
  public static final List<String> REQUIRED = List.of("firstName", "lastName", "mobile");

  private static final Map<String, String> NAMES = new LinkedHashMap<>();
  private static final Map<String, String> PERSIAN = new LinkedHashMap<>();

  static {
    names("title", "عنوان", "پیشوند");
    names("firstName", "نام");
    names("lastName", "نام خانوادگی", "نام‌خانوادگی", "فامیلی");
    names("mobile", "موبایل", "تلفن همراه", "شماره موبایل", "شماره همراه", "همراه");
    names("group", "گروه");
    names("category", "دسته", "دسته‌بندی", "رده");
    names("nationalCode", "کد ملی", "کدملی");
    names("birthDate", "تاریخ تولد");
    names("marriageDate", "تاریخ ازدواج");
    names("educationDegree", "مدرک تحصیلی", "تحصیلات");
    names("educationField", "رشته تحصیلی", "رشته");
    names("phone", "تلفن", "تلفن ثابت");
    names("otherPhones", "تلفن‌های دیگر", "سایر تلفن‌ها");
    names("address", "نشانی", "آدرس");
    names("city", "شهر");
    names("postalCode", "کد پستی");
    names("email", "ایمیل", "پست الکترونیک");
    names("referrerCode", "کد معرف");
    names("notes", "یادداشت", "توضیحات");
    names("externalRef", "کد مشتری", "شناسه خارجی", "کد حسابداری");
    names("openingPoints", "امتیاز اولیه", "امتیاز");
    names("openingCredit", "اعتبار اولیه", "اعتبار");
  }

  private final String[] fieldOfColumn;

  private Columns(String[] fieldOfColumn) {
    this.fieldOfColumn = fieldOfColumn;
  }

  /** Every field name a column may carry, in the order of the documentation. */
  public static List<String> fields() {
    return NAMES.values().stream().distinct().toList();
  }

  /** The columns of {@code header}; 422 naming each required field without a column, or a field named by two columns. */
  public static Columns of(List<String> header) {
    String[] fields = new String[header.size()];
    List<FieldError> errors = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String field = NAMES.get(key(header.get(i)));
      if (field != null) {
        Integer before = seen.putIfAbsent(field, i);
        if (before != null) {
          errors.add(new FieldError(field, "is named by two columns (" + (before + 1) + " and " + (i + 1) + ")"));
        }
        fields[i] = field;
      }
    }
    for (String required : REQUIRED) {
      if (!seen.containsKey(required)) {
        errors.add(new FieldError(required, "the file has no column for " + required + " (the header row must name it, e.g. " + required + " or "
            + persianNameOf(required) + ")"));
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return new Columns(fields);
  }

  /** The row's values by field name; blank cells and cells beyond the header are left out. */
  public Map<String, String> values(List<String> cells) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(cells.size(), fieldOfColumn.length); i++) {
      String cell = cells.get(i);
      if (fieldOfColumn[i] != null && cell != null && !cell.isBlank()) {
        values.put(fieldOfColumn[i], cell.strip());
      }
    }
    return values;
  }

  private static void names(String field, String... persian) {
    NAMES.put(key(field), field);
    PERSIAN.put(field, persian[0]);
    for (String name : persian) {
      NAMES.put(key(name), field);
    }
  }

  private static String persianNameOf(String field) {
    return PERSIAN.get(field);
  }

  /** A header as compared: lower case, Arabic yeh and kaf as Persian, without BOM, spaces, dashes, underscores or ZWNJ. */
  static String key(String header) {
    if (header == null) {
      return "";
    }
    return header.replace("\uFEFF", "").replace('ي', 'ی').replace('ك', 'ک').replaceAll("[\\s_\\-\u200C]", "").toLowerCase(Locale.ROOT);
  }
}
