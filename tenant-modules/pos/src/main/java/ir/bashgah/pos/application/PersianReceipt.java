package ir.bashgah.pos.application;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.bashgah.loyalty.api.Invoices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The lines a till prints under the invoice (L4): points and credit earned, credit used and what is
 * left, to bring the member back. Persian digits, Jalali date and Tehran time, as a customer in Iran
 * reads them; earnings that wait out the return window say from when they can be spent.
 */
final class PersianReceipt {
  private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
  // ICU formatters are costly to build and not thread-safe: one set per request thread.
  private static final ThreadLocal<NumberFormat> NUMBER = ThreadLocal.withInitial(() -> NumberFormat.getInstance(PERSIAN));
  private static final ThreadLocal<SimpleDateFormat> DATE_TIME = ThreadLocal.withInitial(() -> tehran("yyyy/MM/dd HH:mm"));
  private static final ThreadLocal<SimpleDateFormat> DATE = ThreadLocal.withInitial(() -> tehran("yyyy/MM/dd"));

  private PersianReceipt() {}

  static List<String> of(String clubName, Invoices.Settled invoice, Instant issuedAt) {
    NumberFormat number = NUMBER.get();
    List<String> lines = new ArrayList<>();
    lines.add("باشگاه مشتریان " + clubName);
    lines.add("فاکتور " + invoice.invoiceNumber() + " — " + DATE_TIME.get().format(Date.from(issuedAt)));
    lines.add("مبلغ کل: " + number.format(invoice.total()) + " ریال");
    lines.add("اعتبار استفاده‌شده: " + number.format(invoice.creditRedeemed()) + " ریال");
    lines.add("امتیاز این خرید: " + number.format(invoice.pointsEarned()));
    if (invoice.creditEarned() > 0) {
      lines.add("اعتبار این خرید: " + number.format(invoice.creditEarned()) + " ریال");
    }
    if (invoice.availableAt() != null) {
      lines.add("قابل استفاده از " + DATE.get().format(Date.from(invoice.availableAt())));
    }
    lines.add("مانده امتیاز: " + number.format(invoice.balance().points()));
    lines.add("مانده اعتبار: " + number.format(invoice.balance().credit()) + " ریال");
    lines.add("سطح شما: " + invoice.levelName());
    lines.add("از خرید شما سپاسگزاریم");
    return lines;
  }

  private static SimpleDateFormat tehran(String pattern) {
    SimpleDateFormat date = new SimpleDateFormat(pattern, PERSIAN);
    date.setTimeZone(TimeZone.getTimeZone("Asia/Tehran"));
    return date;
  }
}
