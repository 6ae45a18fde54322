package ir.bashgah.pos.web;

import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.api.PaymentMethod;
import ir.bashgah.loyalty.api.SaleLine;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An invoice as the till sends it (POS-API.md), for recording and for the dry run: every field is
 * checked and each mistake named by its JSON path (lines[2].unitPrice), all at once.
 */
public record InvoiceForm(String invoiceNumber, String memberCode, String cardNumber, String issuedAt, String saleType, List<LineRequest> lines,
    List<PaymentRequest> payments, List<String> redemptionIds) {

  public record LineRequest(String sku, String name, String productGroup, Long quantity, Long unitPrice) {}

  public record PaymentRequest(String method, Long amount) {}

  /** The invoice's content, checked. */
  record Checked(Instant issuedAt, List<SaleLine> lines, List<Payment> payments) {}

  /** Checks the content into {@code v}; the caller throws once it has checked what else it needs. */
  Checked check(Validation v, Instant now) {
    v.require(memberCode != null || cardNumber != null, "memberCode", "send memberCode or cardNumber");
    Instant issued = null;
    try {
      issued = issuedAt == null ? null : OffsetDateTime.parse(issuedAt).toInstant();
    } catch (DateTimeParseException e) {
      // reported below
    }
    v.require(issued != null, "issuedAt", "must be an ISO-8601 instant with offset, e.g. 2026-11-23T12:30:00+03:30");
    v.require(issued == null || !issued.isAfter(now.plus(Duration.ofHours(1))), "issuedAt", "is in the future");
    v.require(saleType == null || saleType.length() <= 30, "saleType", "must be at most 30 characters");
    return new Checked(issued, lines(v), payments(v));
  }

  private List<SaleLine> lines(Validation v) {
    List<SaleLine> checked = new ArrayList<>();
    if (lines == null || lines.isEmpty()) {
      v.require(false, "lines", "at least one line is required");
      return checked;
    }
    for (int i = 0; i < lines.size(); i++) {
      LineRequest l = lines.get(i);
      String at = "lines[" + i + "].";
      if (l == null) {
        v.require(false, "lines[" + i + "]", "is empty");
        continue;
      }
      v.requireText(l.sku(), at + "sku", 64);
      v.requireText(l.productGroup(), at + "productGroup", 64);
      v.require(l.name() == null || l.name().length() <= 200, at + "name", "must be at most 200 characters");
      v.require(l.quantity() != null && l.quantity() > 0, at + "quantity", "must be a positive whole number");
      v.require(l.unitPrice() != null && l.unitPrice() >= 0, at + "unitPrice", "must be a whole number of rials, 0 or more");
      if (l.quantity() != null && l.unitPrice() != null) {
        checked.add(new SaleLine(l.sku(), l.name(), l.productGroup(), l.quantity(), l.unitPrice()));
      }
    }
    return checked;
  }

  private List<Payment> payments(Validation v) {
    List<Payment> checked = new ArrayList<>();
    if (payments == null || payments.isEmpty()) {
      v.require(false, "payments", "at least one payment is required");
      return checked;
    }
    for (int i = 0; i < payments.size(); i++) {
      PaymentRequest p = payments.get(i);
      String at = "payments[" + i + "].";
      boolean known = p != null && p.method() != null && Arrays.stream(PaymentMethod.values()).anyMatch(m -> m.name().equals(p.method()));
      v.require(known, at + "method", "must be CASH, CARD, ONLINE or CREDIT");
      v.require(p != null && p.amount() != null && p.amount() > 0, at + "amount", "must be a positive whole number of rials");
      if (known && p.amount() != null) {
        checked.add(new Payment(PaymentMethod.valueOf(p.method()), p.amount()));
      }
    }
    return checked;
  }
}
