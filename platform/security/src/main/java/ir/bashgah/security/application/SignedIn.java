package ir.bashgah.security.application;

import jakarta.enterprise.context.RequestScoped;

/** The session behind the current request's token, once its token has been checked. */
@RequestScoped
public class SignedIn {
  private Long sessionId;

  void enter(long sessionId) {
    this.sessionId = sessionId;
  }

  /** Empty for calls without a staff or admin token (a terminal's key, a public endpoint). */
  public java.util.Optional<Long> sessionId() {
    return java.util.Optional.ofNullable(sessionId);
  }
}
