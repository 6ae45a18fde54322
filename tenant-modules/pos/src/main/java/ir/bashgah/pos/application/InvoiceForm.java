package ir.bashgah.pos.application;

import ir.bashgah.kernel.money.Limits;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.time.Instants;
import ir.bashgah.loyalty.api.InvoiceLine;
import ir.bashgah.loyalty.api.Payment;
import ir.bashgah.loyalty.api.PaymentMethod;
import ir.bashgah.members.api.MemberIdentifiers;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An invoice as the till sends it (docs/integration.md), for recording and for the dry run: every field is
 * checked and each mistake named by its JSON path (lines[2].unitPrice), all at once.
 */
public record InvoiceForm(String invoiceNumber, String memberCode, String cardNumber, String issuedAt, String saleType, List<LineRequest> lines,
    List<PaymentRequest> payments, List<String> redemptionIds) {

  public record LineRequest(String sku, String name, String productGroup, Long quantity, Long unitPrice) {}

  public record PaymentRequest(String method, Long amount) {}

  /** The invoice's content, checked. */
  record Checked(Instant issuedAt, List<InvoiceLine> lines, List<Payment> payments) {}

  /**
   * A sale type is free text in the contract (docs/integration.md: {@code "saleType"?}); REQUIREMENTS names
   * in-store, delivery, subscribers and marketplace. It is a label for reports, so it is held to a
   * code's shape: letters of any script, digits, _ and -, 1 to 30 of them (in-store, DELIVERY, حضوری).
   */
  static final Pattern SALE_TYPE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}_-]{0,29}");

  /** Checks the content into {@code v}; the caller throws once it has checked what else it needs. */
  Checked check(Validation v, Instant now) {
    buyer(v, memberCode, cardNumber);
    Instant issued = Instants.parse(issuedAt, "issuedAt", v);
    v.require(issuedAt != null, "issuedAt", Instants.FORMAT);
    Instants.requireHappened(issued, now, "issuedAt", v);
    v.require(saleType == null || SALE_TYPE.matcher(saleType).matches(), "saleType",
        "must be 1 to 30 letters, digits, _ or -, starting with a letter or digit (e.g. in-store, delivery)");
    return new Checked(issued, lines(v), payments(v));
  }

  /** The member a sale or a redemption is for: a well-formed card number, or a well-formed member code. */
  static void buyer(Validation v, String memberCode, String cardNumber) {
    v.require(memberCode != null || cardNumber != null, "memberCode", "send memberCode or cardNumber");
    v.require(cardNumber == null || MemberIdentifiers.isCardNumber(cardNumber), "cardNumber", MemberIdentifiers.CARD_NUMBER_RULE);
    v.require(memberCode == null || MemberIdentifiers.isMemberCode(memberCode), "memberCode", MemberIdentifiers.MEMBER_CODE_RULE);
  }

  private List<InvoiceLine> lines(Validation v) {
    List<InvoiceLine> checked = new ArrayList<>();
    if (lines == null || lines.isEmpty()) {
      v.require(false, "lines", "at least one line is required");
      return checked;
    }
    BigInteger total = BigInteger.ZERO;
    boolean complete = true;
    for (int i = 0; i < lines.size(); i++) {
      LineRequest l = lines.get(i);
      String at = "lines[" + i + "].";
      if (l == null) {
        v.require(false, "lines[" + i + "]", "is empty");
        complete = false;
        continue;
      }
      v.requireText(l.sku(), at + "sku", 64);
      v.requireText(l.productGroup(), at + "productGroup", 64);
      v.require(l.name() == null || l.name().length() <= 200, at + "name", "must be at most 200 characters");
      Limits.requireQuantity(v, l.quantity(), at + "quantity");
      Limits.require(v, l.unitPrice(), at + "unitPrice", 0, Limits.MAX_AMOUNT, "rials");
      boolean quantityOk = l.quantity() != null && l.quantity() >= 1 && l.quantity() <= Limits.MAX_QUANTITY;
      boolean priceOk = l.unitPrice() != null && l.unitPrice() >= 0 && l.unitPrice() <= Limits.MAX_AMOUNT;
      if (!quantityOk || !priceOk) {
        complete = false;
        continue;
      }
      // Each within its limit, their product may still pass a long (10^6 × 10^15): exact, then bounded.
      BigInteger lineTotal = BigInteger.valueOf(l.quantity()).multiply(BigInteger.valueOf(l.unitPrice()));
      if (!Limits.atMost(lineTotal, Limits.MAX_AMOUNT)) {
        v.require(false, "lines[" + i + "]", "quantity × unitPrice is " + lineTotal + " rials, above the maximum of "
            + Limits.grouped(Limits.MAX_AMOUNT) + " for a line");
        complete = false;
        continue;
      }
      total = total.add(lineTotal);
      checked.add(new InvoiceLine(l.sku(), l.name(), l.productGroup(), l.quantity(), l.unitPrice()));
    }
    if (complete && !Limits.atMost(total, Limits.MAX_AMOUNT)) {
      v.require(false, "total", "the lines add up to " + total + " rials, above the maximum of " + Limits.grouped(Limits.MAX_AMOUNT) + " for an invoice");
    }
    return checked;
  }

  private List<Payment> payments(Validation v) {
    List<Payment> checked = new ArrayList<>();
    if (payments == null || payments.isEmpty()) {
      v.require(false, "payments", "at least one payment is required");
      return checked;
    }
    BigInteger paid = BigInteger.ZERO;
    for (int i = 0; i < payments.size(); i++) {
      PaymentRequest p = payments.get(i);
      String at = "payments[" + i + "].";
      boolean known = p != null && p.method() != null && Arrays.stream(PaymentMethod.values()).anyMatch(m -> m.name().equals(p.method()));
      v.require(known, at + "method", "must be CASH, CARD, ONLINE or CREDIT");
      Limits.requireAmount(v, p == null ? null : p.amount(), at + "amount");
      if (known && p.amount() != null && p.amount() >= 1 && p.amount() <= Limits.MAX_AMOUNT) {
        checked.add(new Payment(PaymentMethod.valueOf(p.method()), p.amount()));
        paid = paid.add(BigInteger.valueOf(p.amount()));
      }
    }
    v.require(Limits.atMost(paid, Limits.MAX_AMOUNT), "payments", "add up to " + paid + " rials, above the maximum of "
        + Limits.grouped(Limits.MAX_AMOUNT) + " for an invoice");
    return checked;
  }
}
