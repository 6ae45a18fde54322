package ir.bashgah.pos.web;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.bashgah.loyalty.api.RecordSale;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The lines a till prints under the sale (L4): points earned, credit used and what is left, to bring
 * the member back. Persian digits, Jalali date and Tehran time, as a customer in Iran reads them.
 */
final class PersianReceipt {
  private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");

  private PersianReceipt() {}

  static List<String> of(String clubName, RecordSale.Recorded sale, Instant issuedAt) {
    NumberFormat number = NumberFormat.getInstance(PERSIAN);
    SimpleDateFormat date = new SimpleDateFormat("yyyy/MM/dd HH:mm", PERSIAN);
    date.setTimeZone(TimeZone.getTimeZone("Asia/Tehran"));
    return List.of(
        "باشگاه مشتریان " + clubName,
        "فاکتور " + sale.invoiceNumber() + " — " + date.format(Date.from(issuedAt)),
        "مبلغ کل: " + number.format(sale.total()) + " ریال",
        "اعتبار استفاده‌شده: " + number.format(sale.creditRedeemed()) + " ریال",
        "امتیاز این خرید: " + number.format(sale.pointsEarned()),
        "مانده امتیاز: " + number.format(sale.balance().points()),
        "مانده اعتبار: " + number.format(sale.balance().credit()) + " ریال",
        "سطح شما: " + sale.levelName(),
        "از خرید شما سپاسگزاریم");
  }
}
