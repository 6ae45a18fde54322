package ir.bashgah.messaging.domain.greeting;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Birthdays and wedding anniversaries fall on the same Jalali month and day every year, which is not
 * the same Gregorian day (Nowruz moves between 20 and 21 March). Dates are stored Gregorian, so a
 * day's anniversaries are found as the Gregorian dates of that Jalali month and day in each past year.
 * Someone born on 30 Esfand (a leap year's last day) is greeted on 29 Esfand in the other years.
 */
public final class JalaliAnniversaries {
  /** How far back a birth date may lie. */
  static final int YEARS_BACK = 120;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private JalaliAnniversaries() {}

  /** The Jalali year of {@code day} (a Tehran day). */
  public static int jalaliYear(LocalDate day) {
    return calendar(day).get(Calendar.EXTENDED_YEAR);
  }

  /** Every Gregorian date, up to {@code today}, whose anniversary falls on {@code today} (a Tehran day). */
  public static List<LocalDate> anniversariesOn(LocalDate today) {
    PersianCalendar t = calendar(today);
    int year = t.get(Calendar.EXTENDED_YEAR);
    int month = t.get(Calendar.MONTH);
    int day = t.get(Calendar.DAY_OF_MONTH);
    boolean lastDayOfShortEsfand = month == 11 && day == 29 && t.getActualMaximum(Calendar.DAY_OF_MONTH) == 29;
    List<LocalDate> dates = new ArrayList<>();
    for (int y = year; y >= year - YEARS_BACK; y--) {
      add(dates, y, month, day);
      if (lastDayOfShortEsfand) {
        add(dates, y, 11, 30);
      }
    }
    return dates;
  }

  private static void add(List<LocalDate> dates, int year, int month, int day) {
    PersianCalendar c = new PersianCalendar(UTC);
    c.clear();
    c.set(Calendar.EXTENDED_YEAR, year);
    c.set(Calendar.MONTH, month);
    if (day > c.getActualMaximum(Calendar.DAY_OF_MONTH)) {
      return;
    }
    c.set(Calendar.DAY_OF_MONTH, day);
    dates.add(c.getTime().toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
  }

  private static PersianCalendar calendar(LocalDate day) {
    PersianCalendar c = new PersianCalendar(UTC);
    c.setTime(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
    return c;
  }
}
