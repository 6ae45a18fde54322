package ir.bashgah.bench;

import java.time.LocalDate;
import java.util.Random;

/**
 * Believable, valid and unique member data for the benchmarks: Persian names, Iranian mobiles that
 * the server's libphonenumber check accepts (09xxxxxxxxx), national codes with a correct check digit.
 * Member {@code i} always gets the same mobile and national code, and no two members share them.
 */
final class People {
  /** Mobile prefixes that libphonenumber 8.13 takes for Iranian mobiles (MCI, Irancell, Rightel, ...). */
  private static final String[] PREFIXES = {
    "0912", "0935", "0919", "0936", "0913", "0937", "0915", "0938", "0901", "0939",
    "0917", "0902", "0911", "0903", "0914", "0990", "0916", "0991", "0918", "0921",
  };

  private static final String[] FIRST = {
    "علی", "محمد", "حسین", "رضا", "مهدی", "امیر", "سعید", "حمید", "مجید", "کاوه", "بابک", "آرش", "نیما", "پویا", "سینا",
    "فاطمه", "زهرا", "مریم", "سارا", "نرگس", "لیلا", "مینا", "الهام", "شیرین", "نازنین", "پریسا", "آزاده", "ترانه", "یاسمن", "هانیه",
  };

  private static final String[] LAST = {
    "محمدی", "حسینی", "احمدی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "هاشمی", "قاسمی", "نوری", "کاظمی", "ابراهیمی",
    "تهرانی", "شیرازی", "اصفهانی", "تبریزی", "یزدی", "کرمانی", "فرهادی", "امینی", "سلیمانی", "باقری", "زمانی", "اکبری", "مرادی",
  };

  static final String[] GROUPS = {"general", "general", "general", "general", "general", "general", "general", "vip", "staff", "corporate"};

  private People() {}

  /** A unique mobile for member {@code i} (up to 20 x 9,000,000 members). */
  static String mobile(long i) {
    String prefix = PREFIXES[(int) (i % PREFIXES.length)];
    long j = i / PREFIXES.length;
    // j -> (j * 7919 + 1234567) mod 9,000,000 is a bijection (7919 is prime to 9,000,000).
    long suffix = 1_000_000 + Math.floorMod(j * 7919 + 1_234_567, 9_000_000L);
    return prefix + suffix;
  }

  /**
   * A unique valid national code for member {@code i}, or null in the rare case the code would be one
   * repeated digit (valid by the check digit, but never issued and refused by the server).
   */
  static String nationalCode(long i) {
    // i -> (i * 3^18 + 123456789) mod 10^9 is a bijection (3^18 is prime to 10^9).
    long body = Math.floorMod(i * 387_420_489L + 123_456_789L, 1_000_000_000L);
    String nine = String.format("%09d", body);
    String code = nine + checkDigit(nine);
    return code.chars().distinct().count() == 1 ? null : code;
  }

  /** The check digit of an Iranian national code: weights 10..2, mod 11, remainder under 2 is itself, else 11 - remainder. */
  static int checkDigit(String nineDigits) {
    int sum = 0;
    for (int k = 0; k < 9; k++) {
      sum += (nineDigits.charAt(k) - '0') * (10 - k);
    }
    int remainder = sum % 11;
    return remainder < 2 ? remainder : 11 - remainder;
  }

  static String firstName(Random random) {
    return FIRST[random.nextInt(FIRST.length)];
  }

  static String lastName(Random random) {
    return LAST[random.nextInt(LAST.length)];
  }

  static String group(Random random) {
    return GROUPS[random.nextInt(GROUPS.length)];
  }

  static LocalDate birthDate(Random random) {
    return LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
  }
}
