package ir.bashgah.security.domain.secret;

/** One-way hashes of passwords, slow on purpose, with their parameters in the hash so they can be raised later. */
public interface PasswordHasher {
  String hash(String raw);

  boolean matches(String raw, String hash);

  /** Costs as long as a check, for a user that does not exist: a wrong username must not answer faster than a wrong password. */
  void spendTimeOnDecoy(String raw);
}
