package ir.bashgah.security.domain.session;

import java.time.Instant;

/**
 * One sign-in of one account: every access token names the session it belongs to, and a token is
 * honoured only while its session is open. Ending the session ends the token at once.
 */
public record Session(long id, long userId, Instant createdAt, Instant expiresAt, String clientAddress, String userAgent) {
  public static final int USER_AGENT_MAX = 200;
  public static final int ADDRESS_MAX = 64;

  public Session {
    clientAddress = clip(clientAddress, ADDRESS_MAX);
    userAgent = clip(userAgent, USER_AGENT_MAX);
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
