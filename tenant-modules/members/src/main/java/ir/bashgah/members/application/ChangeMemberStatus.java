package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import ir.bashgah.members.domain.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Activates or deactivates a member, or only his credit (M5), with a reason for the audit log. A
 * deactivated member is refused at the till; one whose credit alone is off may buy but not spend credit.
 */
@ApplicationScoped
public class ChangeMemberStatus {
  /** Named apart from a card's StatusForm in the OpenAPI description, where both would otherwise be "StatusForm". */
  @Schema(name = "MemberStatusForm")
  public record StatusForm(Boolean active, Boolean creditActive, String reason) {}

  @Inject Members members;
  @Inject Timeline timeline;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public MemberView change(String memberCode, StatusForm form) {
    if (form == null) {
      throw Problem.invalid("body", "send {\"active\": true|false, \"creditActive\": true|false, \"reason\"}");
    }
    new Validation()
        .require(form.active() != null, "active", "is required: true or false")
        .require(form.creditActive() != null, "creditActive", "is required: true or false")
        .requireText(form.reason(), "reason", 500)
        .throwIfInvalid();
    Member member = members.existingForUpdate(memberCode);
    if (member.isActive() != form.active() || member.isCreditActive() != form.creditActive()) {
      Map<String, Object> before = Map.of("active", member.isActive(), "creditActive", member.isCreditActive());
      member.changeStatus(form.active(), form.creditActive(), Instant.now(clock));
      audit.record("MEMBER.STATUS", "member", member.memberCode(), before,
          Map.of("active", member.isActive(), "creditActive", member.isCreditActive(), "reason", form.reason().trim()));
    }
    return MemberView.of(member, members.cardsOf(member), timeline.tagsOf(member.id()));
  }
}
