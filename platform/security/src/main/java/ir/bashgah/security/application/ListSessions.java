package ir.bashgah.security.application;

import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Actor;
import ir.bashgah.security.domain.session.AccountKind;
import ir.bashgah.security.domain.session.Session;
import ir.bashgah.security.domain.session.Sessions;
import ir.bashgah.security.domain.staff.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The open sessions of the caller, or of a staff member for whoever manages his account. */
@ApplicationScoped
public class ListSessions {
  /** One open session; {@code current} marks the one the asking request came with. */
  public record SessionView(String id, Instant createdAt, Instant expiresAt, String clientAddress, String userAgent, boolean current) {}

  @Inject Sessions sessions;
  @Inject SignedIn signedIn;
  @Inject StaffAuthority authority;
  @Inject Clock clock;

  @Transactional
  public List<SessionView> ofCaller() {
    Actor actor = CallContext.actor();
    return views(sessions.openOf(EndSessions.kindOf(actor), EndSessions.userIdOf(actor), Instant.now(clock)));
  }

  @Transactional
  public List<SessionView> ofStaff(String username) {
    StaffUser user = authority.manageable(username);
    return views(sessions.openOf(AccountKind.STAFF, user.id(), Instant.now(clock)));
  }

  private List<SessionView> views(List<Session> open) {
    long current = signedIn.sessionId().orElse(-1L);
    return open.stream()
        .map(s -> new SessionView(Long.toString(s.id()), s.createdAt(), s.expiresAt(), s.clientAddress(), s.userAgent(), s.id() == current))
        .toList();
  }
}
