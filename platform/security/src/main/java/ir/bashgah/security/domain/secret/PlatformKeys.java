package ir.bashgah.security.domain.secret;

/** The platform's keys, the same on every node: the token signing key, the field encryption key and the VAPID key pair of web push. */
public interface PlatformKeys {
  byte[] jwtKey();

  /** The 32-byte key of encrypted columns. */
  byte[] fieldKey();

  /** The VAPID key pair of web push; the field key must be installed first (the stored private key is encrypted with it). */
  WebPushKeyPair webPushKeys();
}
