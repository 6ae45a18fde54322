package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.NationalCode;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.MemberDetails;
import ir.bashgah.members.domain.member.Members;
import ir.bashgah.members.domain.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Changes any of a member's M1 fields (PATCH, RFC 7396 style: a field sent is set, null clears it, a
 * field left out stays). The result is checked exactly as a registration is, so an edit can never
 * store what registration would refuse.
 */
@ApplicationScoped
public class EditMember {
  /** Encrypted at rest, so never written whole into the audit log. */
  private static final Set<String> PROTECTED = Set.of("mobile", "phone", "otherPhones", "address");

  @Inject Members members;
  @Inject MemberChecks checks;
  @Inject Timeline timeline;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public MemberView edit(String memberCode, Map<String, ?> patch) {
    Map<String, String> changes = changes(patch);
    Member member = members.existingForUpdate(memberCode);
    Instant now = Instant.now(clock);
    MemberDetails before = member.details();
    MemberDetails after = checks.resolved(MemberForm.of(before).with(changes).validated(LocalDate.ofInstant(now, IssueCard.IRAN)), member);
    Map<String, String> was = MemberForm.valuesOf(before);
    Map<String, String> is = MemberForm.valuesOf(after);
    Map<String, String> auditBefore = new LinkedHashMap<>();
    Map<String, String> auditAfter = new LinkedHashMap<>();
    for (String field : MemberForm.FIELDS) {
      if (!Objects.equals(was.get(field), is.get(field))) {
        auditBefore.put(field, audited(field, was.get(field)));
        auditAfter.put(field, audited(field, is.get(field)));
      }
    }
    if (!auditAfter.isEmpty()) {
      checks.refuseDuplicates(after, member);
      member.edit(after, now);
      checks.store();
      audit.record("MEMBER.EDIT", "member", member.memberCode(), auditBefore, auditAfter);
    }
    return MemberView.of(member, members.cardsOf(member), timeline.tagsOf(member.id()));
  }

  /** The patch as text per field; 422 naming each field that is unknown or not a string. */
  private static Map<String, String> changes(Map<String, ?> patch) {
    if (patch == null || patch.isEmpty()) {
      throw Problem.invalid("body", "send the fields to change, e.g. {\"mobile\": \"09121234567\"}; null clears a field");
    }
    Validation v = new Validation();
    Map<String, String> changes = new HashMap<>();
    patch.forEach((field, value) -> {
      v.require(MemberForm.FIELDS.contains(field), field, "is not a member field; fields are " + String.join(", ", MemberForm.FIELDS));
      // Every member field is text (docs/security.md: a number or a boolean is not silently made one).
      v.require(value == null || value instanceof String, field, "must be a string or null");
      changes.put(field, value instanceof String text ? text : null);
    });
    v.throwIfInvalid();
    return changes;
  }

  private static String audited(String field, String value) {
    if (value == null) {
      return null;
    }
    if (field.equals("nationalCode")) {
      return NationalCode.masked(value);
    }
    if (PROTECTED.contains(field)) {
      return value.length() <= 6 ? "…" : value.substring(0, 4) + "…" + value.substring(value.length() - 2);
    }
    return value;
  }
}
