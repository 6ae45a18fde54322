package ir.bashgah.loyalty.domain.programme;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.Instant;
import java.util.Date;

/**
 * The Solar Hijri calendar in Tehran, where the club's months and years begin (a month-end expiry is
 * the end of Esfand, not of December). ICU4J does the calendar arithmetic.
 */
public final class Jalali {
  private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

  private Jalali() {}

  /** The Jalali month (1 Farvardin to 12 Esfand) of {@code at} in Tehran. */
  public static int month(Instant at) {
    return calendarAt(at).get(Calendar.MONTH) + 1;
  }

  /** The day of the Jalali month (1 to 31) of {@code at} in Tehran. */
  public static int dayOfMonth(Instant at) {
    return calendarAt(at).get(Calendar.DAY_OF_MONTH);
  }

  /** The first instant after the Jalali month {@code monthsLater} months after the month of {@code at}. */
  public static Instant endOfMonth(Instant at, int monthsLater) {
    PersianCalendar c = calendarAt(at);
    startOfDay(c);
    c.set(Calendar.DAY_OF_MONTH, 1);
    c.add(Calendar.MONTH, monthsLater + 1);
    return c.getTime().toInstant();
  }

  /** The first instant after the Jalali year {@code yearsLater} years after the year of {@code at} (Nowruz). */
  public static Instant endOfYear(Instant at, int yearsLater) {
    PersianCalendar c = calendarAt(at);
    startOfDay(c);
    c.set(Calendar.DAY_OF_MONTH, 1);
    c.set(Calendar.MONTH, 0);
    c.add(Calendar.YEAR, yearsLater + 1);
    return c.getTime().toInstant();
  }

  /** The first instant of the Tehran day {@code days} days after the day of {@code at}. */
  public static Instant endOfDayAfter(Instant at, int days) {
    PersianCalendar c = calendarAt(at);
    startOfDay(c);
    c.add(Calendar.DAY_OF_MONTH, days + 1);
    return c.getTime().toInstant();
  }

  private static PersianCalendar calendarAt(Instant at) {
    PersianCalendar c = new PersianCalendar(TEHRAN);
    c.setTime(Date.from(at));
    return c;
  }

  private static void startOfDay(Calendar c) {
    c.set(Calendar.HOUR_OF_DAY, 0);
    c.set(Calendar.MINUTE, 0);
    c.set(Calendar.SECOND, 0);
    c.set(Calendar.MILLISECOND, 0);
  }
}
