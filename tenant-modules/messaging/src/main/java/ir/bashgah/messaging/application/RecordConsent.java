package ir.bashgah.messaging.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.api.MemberContacts;
import ir.bashgah.members.api.MemberIdentifiers;
import ir.bashgah.messaging.api.MemberConsents;
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
public class RecordConsent implements MemberConsents {
  @Inject Consents consents;
  @Inject MemberContacts contacts;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  @Transactional
  public ConsentView of(String memberCode) {
    long memberId = member(memberCode);
    Consent c = consents.of(memberId);
    return view(memberCode, c);
  }

  @Override
  @Transactional
  public ConsentView record(String memberCode, Boolean sms, Boolean email, Boolean push, Boolean messenger) {
    long memberId = member(memberCode);
    Consent before = consents.of(memberId);
    // A field left out keeps its value: a till that only knows SMS must not turn email off by saying nothing.
    Validation v = new Validation();
    v.require(sms != null || email != null || push != null || messenger != null, "body", "name at least one of sms, email, push, messenger with true or false");
    v.throwIfInvalid();
    Consent after = new Consent(sms == null ? before.sms() : sms, email == null ? before.email() : email, push == null ? before.push() : push,
        messenger == null ? before.messenger() : messenger);
    consents.save(memberId, after, Instant.now(clock));
    audit.record("MEMBER.CONSENT", "member", memberCode.trim(), recorded(before), recorded(after));
    return view(memberCode, after);
  }

  private static ConsentView view(String memberCode, Consent c) {
    return new ConsentView(memberCode.trim(), c.sms(), c.email(), c.push(), c.messenger());
  }

  private static Map<String, Boolean> recorded(Consent c) {
    return Map.of("sms", c.sms(), "email", c.email(), "push", c.push(), "messenger", c.messenger());
  }

  private long member(String memberCode) {
    if (!MemberIdentifiers.isMemberCode(memberCode)) {
      throw Problem.invalid("memberCode", MemberIdentifiers.MEMBER_CODE_RULE);
    }
    return contacts.byCode(memberCode.trim()).orElseThrow(() -> Problem.notFound("No member " + memberCode)).memberId();
  }
}
