package ir.bashgah.pos.application;

/** How the till identifies a member: one of his card number, member code, mobile or personal QR code. */
public record LookupRequest(String cardNumber, String memberCode, String mobile, String qr) {}
