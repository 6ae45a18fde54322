package ir.bashgah.security.domain.secret;

/** The platform's keys, the same on every node: the token signing key and the field encryption key. */
public interface PlatformKeys {
  byte[] jwtKey();

  /** The 32-byte key of encrypted columns. */
  byte[] fieldKey();
}
