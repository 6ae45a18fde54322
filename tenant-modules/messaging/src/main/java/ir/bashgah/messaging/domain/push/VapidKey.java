package ir.bashgah.messaging.domain.push;

/**
 * The key the platform signs its requests to push services with (VAPID, RFC 8292); the private part
 * stays with the platform's security module, which only signs.
 */
public interface VapidKey {
  /** The public key in base64url, as the {@code k} of the Authorization header and a browser's applicationServerKey. */
  String publicKeyText();

  /** ES256: the 64-byte r | s signature of {@code content}. */
  byte[] sign(byte[] content);
}
