package ir.bashgah.security.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.security.api.AccessClaims;
import ir.bashgah.security.domain.session.AccountKind;
import ir.bashgah.security.domain.session.Sessions;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Honours a token only while its session is open and its account still is what the token says
 * (active, same role, same branch). What the database says is kept a few seconds per session, so a
 * busy console costs one look-up per session every few seconds; the node that ends a session forgets
 * it at once, the others within those seconds.
 */
@ApplicationScoped
public class SessionGuard {
  private record Key(String tenant, long session) {}

  @Inject Sessions sessions;
  @Inject SignedIn signedIn;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "bashgah.sessions.check-seconds", defaultValue = "5")
  long checkSeconds;

  private Cache<Key, Optional<Sessions.Standing>> standings;

  @PostConstruct
  void init() {
    standings = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofSeconds(Math.max(0, checkSeconds))).build();
  }

  /** Throws 401 unless the token's session is open; remembers the session for the rest of the call. */
  public void requireOpen(AccessClaims claims) {
    long session = parse(claims.session());
    AccountKind kind = switch (claims.role()) {
      case PLATFORM_ADMIN -> AccountKind.PLATFORM_ADMIN;
      case MEMBER -> AccountKind.MEMBER;
      default -> AccountKind.STAFF;
    };
    Instant now = Instant.now(clock);
    Optional<Sessions.Standing> standing = standings.get(new Key(claims.tenant(), session), k -> sessions.standing(kind, session, now));
    if (standing.isEmpty() || !honours(standing.get(), kind, claims)) {
      throw Problem.unauthorized("Your session has ended (you signed out, or your account was changed); log in again");
    }
    signedIn.enter(session);
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
    standings.asMap().entrySet().removeIf(e -> Objects.equals(e.getKey().tenant(), ended.tenant())
        && e.getValue().map(s -> s.userId() == ended.userId()).orElse(false));
  }

  private static boolean honours(Sessions.Standing s, AccountKind kind, AccessClaims claims) {
    if (!s.open() || !Long.toString(s.userId()).equals(claims.subject())) {
      return false;
    }
    // a member's standing in his club (blocked or not) is the portal's to check on each call
    return kind != AccountKind.STAFF
        || (s.accountActive() && claims.role().name().equals(s.role()) && Objects.equals(s.branch(), claims.branch()));
  }

  private static long parse(String session) {
    try {
      return Long.parseLong(session);
    } catch (NumberFormatException | NullPointerException e) {
      throw Problem.unauthorized("The access token is from before sessions were kept; log in again");
    }
  }
}
