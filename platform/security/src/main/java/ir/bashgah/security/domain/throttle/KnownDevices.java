package ir.bashgah.security.domain.throttle;

import java.util.Optional;

/**
 * Browsers that signed in to an account before, recognised by a cookie only the platform can make.
 * Attempts from such a browser are counted against the browser instead of the account, so nobody
 * elsewhere can slow the account's owner down by guessing her password.
 */
public interface KnownDevices {
  /** A new cookie value naming a new device of {@code accountName} (see {@link ThrottleKey#accountName}). */
  String remember(String accountName);

  /** The device's id when {@code cookie} is a genuine cookie made for {@code accountName}. */
  Optional<String> recognise(String cookie, String accountName);
}
