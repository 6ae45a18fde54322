package ir.bashgah.security.api;

/**
 * The platform's VAPID key pair (RFC 8292), one for every club and node: from
 * BASHGAH_VAPID_PUBLIC_KEY and BASHGAH_VAPID_PRIVATE_KEY, or made once by the first node that needs it
 * and kept in the platform schema with the private key encrypted under the field key. Browsers bind
 * a push subscription to the public key, so it must not change while subscriptions exist. The
 * private key never leaves this module: callers ask for signatures.
 */
public interface WebPushKeys {
  /** The public key as the uncompressed P-256 point (65 bytes), what a browser's {@code applicationServerKey} takes. */
  byte[] publicKey();

  /** The public key in base64url without padding, as browsers and the VAPID header take it. */
  String publicKeyText();

  /** An ES256 signature of {@code content} (SHA-256, ECDSA, the 64 bytes r | s a JWS carries). */
  byte[] sign(byte[] content);
}
