package ir.bashgah.security.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.TenantContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.security.api.AccessClaims;
import ir.bashgah.security.api.AccessToken;
import ir.bashgah.security.api.MemberSessions;
import ir.bashgah.security.domain.session.AccessTokens;
import ir.bashgah.security.domain.session.AccountKind;
import ir.bashgah.security.domain.session.Session;
import ir.bashgah.security.domain.session.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member's portal session: long enough that a member who opens the club's app once a week is not
 * asked for a code each time (bashgah.portal.session-days, default 30), ended by signing out, or when
 * the club blocks him.
 */
@ApplicationScoped
public class KeepMemberSessions implements MemberSessions {
  @Inject Sessions sessions;
  @Inject AccessTokens tokens;
  @Inject SignedIn signedIn;
  @Inject Event<SessionsEnded> ended;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.portal.session-days", defaultValue = "30")
  int sessionDays;

  @Override
  public AccessToken open(long memberId, String memberCode, String userAgent) {
    Instant now = Instant.now(clock);
    Duration lifetime = Duration.ofDays(Math.max(1, sessionDays));
    long id = Ids.next();
    sessions.open(AccountKind.MEMBER, new Session(id, memberId, now, now.plus(lifetime), CallContext.current().clientIp(), userAgent));
    sessions.forgetExpired(AccountKind.MEMBER, now.minus(Duration.ofDays(30)), 20);
    String club = TenantContext.require().slug();
    return tokens.issue(new AccessClaims(Long.toString(memberId), memberCode, club, Role.MEMBER, null, Long.toString(id)), lifetime);
  }

  @Override
  public boolean endCurrent() {
    Actor actor = CallContext.actor();
    if (actor.kind() != Actor.Kind.MEMBER || signedIn.sessionId().isEmpty()) {
      return false;
    }
    long memberId = Long.parseLong(actor.id());
    boolean done = sessions.end(AccountKind.MEMBER, memberId, signedIn.sessionId().get(), Instant.now(clock), "SIGNED_OUT");
    ended.fire(new SessionsEnded(TenantContext.require().slug(), AccountKind.MEMBER, memberId));
    return done;
  }

  @Override
  public int endAll(long memberId, String reason) {
    int count = sessions.endAll(AccountKind.MEMBER, memberId, null, Instant.now(clock), reason);
    ended.fire(new SessionsEnded(TenantContext.require().slug(), AccountKind.MEMBER, memberId));
    return count;
  }
}
