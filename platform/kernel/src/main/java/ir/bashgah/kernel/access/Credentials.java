package ir.bashgah.kernel.access;

import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for usernames and passwords, shared by every module that creates an account. */
public final class Credentials {
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
  public static final int MIN_PASSWORD = 10;
  public static final int MAX_PASSWORD = 128;

  private Credentials() {}

  /** Why the username is not acceptable, or empty when it is. */
  public static Optional<String> usernameProblem(String username) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      return Optional.of("must be 3 to 40 lower-case letters, digits, dots, dashes or underscores");
    }
    return Optional.empty();
  }

  /** Why the password is not acceptable, or empty when it is. */
  public static Optional<String> passwordProblem(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      return Optional.of("must be at least " + MIN_PASSWORD + " characters");
    }
    if (password.length() > MAX_PASSWORD) {
      return Optional.of("must be at most " + MAX_PASSWORD + " characters");
    }
    boolean letter = password.codePoints().anyMatch(Character::isLetter);
    boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
    if (!letter || !other) {
      return Optional.of("must mix letters with digits or symbols");
    }
    return Optional.empty();
  }
}
