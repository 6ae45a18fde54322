package ir.bashgah.portal.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.persistence.Transactions;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.ProblemType;
import ir.bashgah.kernel.text.Digits;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.members.api.MemberProfiles;
import ir.bashgah.portal.domain.signin.LoginCodes;
import ir.bashgah.portal.domain.signin.LoginSecret;
import ir.bashgah.security.api.AccessToken;
import ir.bashgah.security.api.MemberSessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A member signs in to the portal with the code sent to his mobile, or with the link in the same SMS
 * (CP1). A code is good for 2 minutes, one sign-in and 5 guesses: a wrong guess is counted in a
 * transaction of its own, so the refusal cannot roll the count back.
 */
@ApplicationScoped
public class SignInMember {
  static final int GUESSES = 5;

  private static final String REFUSED = "The code is wrong or has expired; check it, or ask for a new one";

  /** What one check of a code or link came to. */
  private record Outcome(AccessToken token, String refusal) {}

  @Inject PortalClubs clubs;
  @Inject LoginCodes codes;
  @Inject MemberProfiles profiles;
  @Inject MemberSessions sessions;
  @Inject AuditLog audit;
  @Inject Transactions tx;
  @Inject Clock clock;

  public AccessToken withCode(String slug, String mobileTyped, String codeTyped, String userAgent) {
    clubs.enter(slug);
    String mobile = IranianMobile.normalize(mobileTyped)
        .orElseThrow(() -> Problem.invalid("mobile", "must be the Iranian mobile number the code was sent to, such as 09121234567"));
    String code = codeTyped == null ? "" : Digits.toLatin(codeTyped).replaceAll("\\s", "");
    Outcome outcome = tx.inNew(() -> {
      Instant now = Instant.now(clock);
      Optional<LoginCodes.LoginCode> found = codes.newestFor(FieldCipher.blindIndex(mobile));
      if (found.isEmpty() || found.get().memberId() == null || found.get().usedAt() != null || !now.isBefore(found.get().codeExpiresAt())) {
        return new Outcome(null, REFUSED);
      }
      LoginCodes.LoginCode request = found.get();
      if (request.attempts() >= GUESSES) {
        return new Outcome(null, "This code was guessed wrong " + GUESSES + " times and no longer works; ask for a new one");
      }
      if (!LoginSecret.matches(request, code)) {
        codes.recordAttempt(request.id(), request.attempts() + 1);
        return new Outcome(null, request.attempts() + 1 >= GUESSES ? "The code is wrong, and it no longer works after " + GUESSES + " wrong tries; ask for a new one"
            : REFUSED);
      }
      return new Outcome(open(request, now, userAgent, "code"), null);
    });
    if (outcome.refusal() != null) {
      throw Problem.unauthorized(outcome.refusal());
    }
    return outcome.token();
  }

  public AccessToken withLink(String slug, String token, String userAgent) {
    clubs.enter(slug);
    if (token == null || !token.matches("[A-Za-z0-9_-]{22}")) {
      throw Problem.unauthorized("This sign-in link is not valid; ask for a new code");
    }
    Outcome outcome = tx.inNew(() -> {
      Instant now = Instant.now(clock);
      Optional<LoginCodes.LoginCode> found = codes.byLink(LoginSecret.linkHash(token));
      if (found.isEmpty() || found.get().usedAt() != null || !now.isBefore(found.get().linkExpiresAt())) {
        return new Outcome(null, "This sign-in link was used already or has expired; ask for a new code");
      }
      return new Outcome(open(found.get(), now, userAgent, "link"), null);
    });
    if (outcome.refusal() != null) {
      throw Problem.unauthorized(outcome.refusal());
    }
    return outcome.token();
  }

  public void signOut() {
    tx.runInNew(sessions::endCurrent);
  }

  private AccessToken open(LoginCodes.LoginCode request, Instant now, String userAgent, String how) {
    MemberProfiles.Profile member = profiles.of(request.memberId()).orElse(null);
    if (member == null || !member.active()) {
      throw new Problem(ProblemType.MEMBER_BLOCKED, "Your membership of this club is suspended; ask the club");
    }
    // used even if what follows fails: a code signs in once
    codes.markUsed(request.id(), now);
    AccessToken token = sessions.open(member.memberId(), member.memberCode(), userAgent);
    audit.record("PORTAL.SIGN_IN", "member", member.memberCode(), null, Map.of("by", how));
    return token;
  }
}
