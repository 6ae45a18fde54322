package ir.bashgah.security.api;

import java.util.Optional;

/**
 * The platform admin 'admin', made sure of at start-up. Its password is BASHGAH_ADMIN_PASSWORD when
 * set (re-applied at every start, so an operator can reset it); otherwise one is generated on the
 * first start and answered once, for the start-up banner, never stored in clear.
 */
public interface PlatformAdministrator {
  /** The generated password when this start created the admin without a configured one. */
  Optional<String> ensure();
}
