package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.members.api.MemberIdentifiers;
import ir.bashgah.messaging.domain.consent.Consent;
import ir.bashgah.messaging.domain.consent.Consents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A member's consent per channel (API-2.md, "Messaging"; C4). A member who refused a channel gets
 * nothing on it: what is queued for him is SUPPRESSED when it is due, and counted so in its batch.
 */
@ApplicationScoped
public class RecordConsent {
  public record ConsentView(String memberCode, boolean sms, boolean email, boolean push) {}

  @Inject Consents consents;
  @Inject MemberContacts contacts;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public ConsentView of(String memberCode) {
    long memberId = member(memberCode);
    Consent c = consents.of(memberId);
    return new ConsentView(memberCode.trim(), c.sms(), c.email(), c.push());
  }

  @Transactional
  public ConsentView record(String memberCode, Boolean sms, Boolean email, Boolean push) {
    long memberId = member(memberCode);
    Consent before = consents.of(memberId);
    // A field left out keeps its value: a till that only knows SMS must not turn email off by saying nothing.
    Validation v = new Validation();
    v.require(sms != null || email != null || push != null, "body", "name at least one of sms, email, push with true or false");
    v.throwIfInvalid();
    Consent after = new Consent(sms == null ? before.sms() : sms, email == null ? before.email() : email, push == null ? before.push() : push);
    consents.save(memberId, after, Instant.now(clock));
    audit.record("MEMBER.CONSENT", "member", memberCode.trim(), Map.of("sms", before.sms(), "email", before.email(), "push", before.push()),
        Map.of("sms", after.sms(), "email", after.email(), "push", after.push()));
    return new ConsentView(memberCode.trim(), after.sms(), after.email(), after.push());
  }

  private long member(String memberCode) {
    if (!MemberIdentifiers.isMemberCode(memberCode)) {
      throw Problem.invalid("memberCode", MemberIdentifiers.MEMBER_CODE_RULE);
    }
    return contacts.byCode(memberCode.trim()).orElseThrow(() -> Problem.notFound("No member " + memberCode)).memberId();
  }
}
