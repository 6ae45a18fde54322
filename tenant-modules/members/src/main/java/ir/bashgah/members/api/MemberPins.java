package ir.bashgah.members.api;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.infra.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Setting a member's PIN, and checking it before credit is spent (M4). */
@ApplicationScoped
public class MemberPins {
  @Inject Members members;
  @Inject EntityManager em;
  @Inject Transactions tx;
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

  /**
   * Answers normally when the PIN is right; otherwise 403 invalid-pin, or 423 pin-locked. A right PIN
   * costs nothing beyond the caller's transaction; a wrong one is counted in a transaction of its
   * own, under the member's row lock, because the caller's fails with the refusal.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void verify(long memberId, String pin) {
    String digits = pin == null ? "" : Digits.toLatin(pin.trim());
    Instant now = Instant.now(clock);
    Member member = em.find(Member.class, memberId);
    if (!member.hasPin()) {
      throw new Problem(ProblemType.INVALID_PIN, "The member has no PIN yet; set one (PUT /api/v1/members/{code}/pin) before spending credit");
    }
    if (member.isPinLocked(now)) {
      throw locked();
    }
    if (member.pinMatches(digits)) {
      member.pinAccepted();
      return;
    }
    boolean lockedNow = tx.inNew(() -> {
      Member fresh = em.find(Member.class, memberId, LockModeType.PESSIMISTIC_WRITE);
      fresh.pinRefused(now);
      return fresh.isPinLocked(now);
    });
    throw lockedNow ? locked() : new Problem(ProblemType.INVALID_PIN, "The PIN is wrong");
  }

  private static Problem locked() {
    return new Problem(ProblemType.PIN_LOCKED, "Too many wrong PINs; spending is locked for 15 minutes");
  }
}
