package ir.bashgah.members.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Sets or changes a member's PIN (M4), which he gives at a till to spend credit. */
@ApplicationScoped
public class SetMemberPin {
  @Inject Members members;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public void set(String memberCode, String pin) {
    String digits = pin == null ? null : Digits.toLatin(pin.trim());
    if (digits == null || !digits.matches("\\d{4,6}")) {
      throw Problem.invalid("pin", "must be 4 to 6 digits");
    }
    Member member = members.existing(memberCode);
    boolean had = member.hasPin();
    member.setPin(digits, Instant.now(clock));
    audit.record(had ? "MEMBER.PIN_CHANGE" : "MEMBER.PIN_SET", "member", memberCode, null, null);
  }
}
