package ir.bashgah.security.domain.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sessions of one kind of account (a club's staff in the club in context, or the platform's operators). */
public interface Sessions {
  /** What a token's session stands on right now: the session and the account it belongs to. */
  record Standing(long userId, boolean open, boolean accountActive, String role, String branch) {}

  void open(AccountKind kind, Session session);

  /** Empty when there is no such session. {@code open} is false once it ended or expired. */
  Optional<Standing> standing(AccountKind kind, long sessionId, Instant now);

  /** The account's sessions that have neither ended nor expired, newest first. */
  List<Session> openOf(AccountKind kind, long userId, Instant now);

  /** Ends one session of the account; false when it has no such open session. */
  boolean end(AccountKind kind, long userId, long sessionId, Instant now, String reason);

  /** Ends every open session of the account but {@code keep} (null: all); answers how many ended. */
  int endAll(AccountKind kind, long userId, Long keep, Instant now, String reason);

  /** Forgets sessions that expired before {@code before}; a few at a time. */
  int forgetExpired(AccountKind kind, Instant before, int atMost);
}
