package ir.bashgah.loyalty.api;

import ir.bashgah.members.api.MemberRef;
import java.time.Instant;
import java.util.List;

/**
 * An invoice settled at a till, as loyalty books it: the branch it belongs to (its number is unique
 * there), the member who bought, what he bought and how he paid, and the redemptions that pay its
 * CREDIT part.
 */
public record Invoice(String branchCode, String invoiceNumber, MemberRef member, Instant issuedAt, String saleType, List<InvoiceLine> lines,
    List<Payment> payments, List<String> redemptionIds) {}
