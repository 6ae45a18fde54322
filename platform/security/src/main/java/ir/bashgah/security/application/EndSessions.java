package ir.bashgah.security.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.security.domain.session.AccountKind;
import ir.bashgah.security.domain.session.Sessions;
import ir.bashgah.security.domain.staff.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Ends sessions: signing out, ending one of one's own sessions elsewhere, and ending every session of
 * an account whose rights or secrets changed (deactivated, another role or branch, a new password,
 * MFA turned on or off), so that no token outlives the rights it was issued with.
 */
@ApplicationScoped
public class EndSessions {
  @Inject Sessions sessions;
  @Inject SignedIn signedIn;
  @Inject AuditLog audit;
  @Inject Event<SessionsEnded> ended;
  @Inject Clock clock;
  @Inject StaffAuthority authority;

  /** Ends the caller's own session (signing out); harmless when it already ended. */
  @Transactional
  public void signOut() {
    Actor actor = CallContext.actor();
    long session = signedIn.sessionId().orElseThrow(() -> Problem.forbidden("Only a signed-in person can sign out"));
    if (sessions.end(kindOf(actor), userIdOf(actor), session, Instant.now(clock), "signed-out")) {
      audit.record("AUTH.LOGOUT", "session", Long.toString(session), null, null);
    }
    fired(kindOf(actor), userIdOf(actor));
  }

  /** Ends one of the caller's own sessions (a browser left signed in elsewhere). */
  @Transactional
  public void endOwn(long sessionId) {
    Actor actor = CallContext.actor();
    if (!sessions.end(kindOf(actor), userIdOf(actor), sessionId, Instant.now(clock), "ended-by-user")) {
      throw Problem.notFound("You have no open session " + sessionId);
    }
    audit.record("AUTH.SESSION_END", "session", Long.toString(sessionId), null, null);
    fired(kindOf(actor), userIdOf(actor));
  }

  /** Ends every session of the caller but the one of this call (after a new password, MFA on or off). */
  @Transactional(Transactional.TxType.MANDATORY)
  public int endCallersOtherSessions(String reason) {
    Actor actor = CallContext.actor();
    int count = sessions.endAll(kindOf(actor), userIdOf(actor), signedIn.sessionId().orElse(null), Instant.now(clock), reason);
    fired(kindOf(actor), userIdOf(actor));
    return count;
  }

  /** Ends every session of an account whose rights or password someone else changed. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int endAllOf(AccountKind kind, long userId, String reason) {
    int count = sessions.endAll(kind, userId, null, Instant.now(clock), reason);
    fired(kind, userId);
    return count;
  }

  /** A staff member's sessions ended by whoever manages his account: one ({@code sessionId}) or, when null, all. */
  @Transactional
  public int endOfStaff(String username, Long sessionId) {
    StaffUser user = authority.manageable(username);
    Instant now = Instant.now(clock);
    int count;
    if (sessionId == null) {
      count = sessions.endAll(AccountKind.STAFF, user.id(), null, now, "ended-by-manager");
    } else if (sessions.end(AccountKind.STAFF, user.id(), sessionId, now, "ended-by-manager")) {
      count = 1;
    } else {
      throw Problem.notFound("'" + username + "' has no open session " + sessionId);
    }
    audit.record("STAFF.SESSIONS_END", "staff-user", username, null, Map.of("ended", count));
    fired(AccountKind.STAFF, user.id());
    return count;
  }

  private void fired(AccountKind kind, long userId) {
    ended.fire(new SessionsEnded(TenantContext.current().map(TenantContext.TenantRef::slug).orElse(null), kind, userId));
  }

  static AccountKind kindOf(Actor actor) {
    return switch (actor.kind()) {
      case STAFF -> AccountKind.STAFF;
      case PLATFORM_ADMIN -> AccountKind.PLATFORM_ADMIN;
      default -> throw Problem.forbidden("Only a person signed in with a password has sessions");
    };
  }

  static long userIdOf(Actor actor) {
    return Long.parseLong(actor.id());
  }
}
