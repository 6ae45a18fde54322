package ir.bashgah.messaging.api;

/**
 * A member's consent per channel in the club in context (API-2.md, "Messaging"; C4): what staff
 * record for him, and what he changes himself in the portal. Both are audited.
 */
public interface MemberConsents {
  /** {@code messenger}: the club's bot (C8). */
  record ConsentView(String memberCode, boolean sms, boolean email, boolean push, boolean messenger) {}

  ConsentView of(String memberCode);

  /** A channel left null keeps its value; at least one must be given (422 naming body otherwise). */
  ConsentView record(String memberCode, Boolean sms, Boolean email, Boolean push, Boolean messenger);
}
