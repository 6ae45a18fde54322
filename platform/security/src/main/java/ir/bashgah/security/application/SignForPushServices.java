package ir.bashgah.security.application;

import ir.bashgah.kernel.crypto.P256;
import ir.bashgah.security.api.WebPushKeys;
import ir.bashgah.security.domain.secret.PlatformKeys;
import ir.bashgah.security.domain.secret.WebPushKeyPair;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;

/**
 * The platform's VAPID identity towards push services (RFC 8292): the key pair is read once per node
 * (configured, or kept in the platform schema) and checked to be a pair before it signs anything, so
 * a mistyped BASHGAH_VAPID_PRIVATE_KEY fails loudly at the first push rather than as every push
 * service's 403.
 */
@ApplicationScoped
public class SignForPushServices implements WebPushKeys {
  private static final String ES256 = "SHA256withECDSAinP1363Format";

  @Inject PlatformKeys keys;

  private volatile Pair pair;

  private record Pair(byte[] publicPoint, String publicText, ECPrivateKey privateKey) {}

  @Override
  public byte[] publicKey() {
    return pair().publicPoint().clone();
  }

  @Override
  public String publicKeyText() {
    return pair().publicText();
  }

  @Override
  public byte[] sign(byte[] content) {
    try {
      Signature signer = Signature.getInstance(ES256);
      signer.initSign(pair().privateKey());
      signer.update(content);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The VAPID key could not sign", e);
    }
  }

  private Pair pair() {
    Pair p = pair;
    if (p == null) {
      p = read(keys.webPushKeys());
      pair = p;
    }
    return p;
  }

  static Pair read(WebPushKeyPair kept) {
    ECPublicKey publicKey;
    ECPrivateKey privateKey;
    try {
      publicKey = P256.publicKey(P256.fromBase64Url(kept.publicKey()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("BASHGAH_VAPID_PUBLIC_KEY is not a P-256 public key in base64url (65 bytes, uncompressed): " + e.getMessage());
    }
    try {
      privateKey = P256.privateKey(P256.fromBase64Url(kept.privateKey()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("BASHGAH_VAPID_PRIVATE_KEY is not a P-256 private key in base64url (32 bytes): " + e.getMessage());
    }
    try {
      byte[] probe = "bashgah-vapid-pair".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(ES256);
      signer.initSign(privateKey);
      signer.update(probe);
      Signature verifier = Signature.getInstance(ES256);
      verifier.initVerify(publicKey);
      verifier.update(probe);
      if (!verifier.verify(signer.sign())) {
        throw new IllegalStateException("BASHGAH_VAPID_PUBLIC_KEY and BASHGAH_VAPID_PRIVATE_KEY are not one key pair");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The VAPID keys could not be checked", e);
    }
    byte[] point = P256.encode(publicKey);
    return new Pair(point, P256.base64Url(point), privateKey);
  }
}
