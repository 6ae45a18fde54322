package ir.bashgah.members.application;

import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.members.api.MemberPins;
import ir.bashgah.members.domain.member.Member;
import ir.bashgah.members.domain.member.Members;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/** Checks a member's PIN before credit is spent (M4); wrong PINs are counted, and too many lock spending for a while. */
@ApplicationScoped
public class CheckMemberPin implements MemberPins {
  @Inject Members members;
  @Inject Transactions tx;
  @Inject Clock clock;

  /** A wrong PIN is counted in a transaction of its own, under the member's row lock, because the caller's fails with the refusal. */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void verify(long memberId, String pin) {
    String digits = pin == null ? "" : Digits.toLatin(pin.trim());
    Instant now = Instant.now(clock);
    Member member = members.byId(memberId).orElseThrow();
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
      Member fresh = members.lockById(memberId);
      fresh.pinRefused(now);
      return fresh.isPinLocked(now);
    });
    throw lockedNow ? locked() : new Problem(ProblemType.INVALID_PIN, "The PIN is wrong");
  }

  private static Problem locked() {
    return new Problem(ProblemType.PIN_LOCKED, "Too many wrong PINs; spending is locked for 15 minutes");
  }
}
