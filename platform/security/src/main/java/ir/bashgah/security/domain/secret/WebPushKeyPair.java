package ir.bashgah.security.domain.secret;

/**
 * The platform's VAPID key pair as kept: the public key's uncompressed point and the private key's
 * scalar, both in base64url.
 */
public record WebPushKeyPair(String publicKey, String privateKey) {
  @Override
  public String toString() {
    return "WebPushKeyPair[publicKey=" + publicKey + ", privateKey=***]";
  }
}
