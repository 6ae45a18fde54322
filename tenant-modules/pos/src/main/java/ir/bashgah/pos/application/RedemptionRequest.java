package ir.bashgah.pos.application;

/** Credit to spend at the till, with the member's PIN; the invoice it is for, when the till knows its number yet. */
public record RedemptionRequest(String memberCode, String cardNumber, Long amount, String pin, String invoiceNumber) {}
