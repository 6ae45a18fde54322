package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.crypto.P256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message encryption for web push (RFC 8291) in the aes128gcm content coding (RFC 8188), with the
 * JDK's own ECDH, HMAC-SHA256 and AES-GCM: a fresh key pair and salt per message, one record. Why not
 * a library: docs/decisions/0006-messaging-outbox.md, "Web push".
 */
final class PushEncryption {
  /** The record size written in the header; one record holds the whole message. */
  static final int RECORD_SIZE = 4096;

  /** The header: salt (16), record size (4), key id length (1), the sender's public key (65). */
  static final int HEADER = 16 + 4 + 1 + P256.POINT_LENGTH;

  /** Most a message may hold: push services take 4,096 bytes of body; a record adds its delimiter and a 16-byte tag. */
  static final int MAX_PLAINTEXT = RECORD_SIZE - HEADER - 1 - 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private PushEncryption() {}

  /** {@code plaintext} for the browser whose subscription gave {@code uaPublic} (65 bytes) and {@code authSecret} (16). */
  static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return encrypt(plaintext, uaPublic, authSecret, P256.generate(), salt);
  }

  /** The same with the sender's key pair and salt given, as RFC 8291's example (section 5) gives them. */
  static byte[] encrypt(byte[] plaintext, byte[] uaPublic, byte[] authSecret, KeyPair sender, byte[] salt) {
    if (plaintext.length > MAX_PLAINTEXT) {
      throw new IllegalArgumentException("a push message holds at most " + MAX_PLAINTEXT + " bytes, not " + plaintext.length);
    }
    try {
      byte[] asPublic = P256.encode((ECPublicKey) sender.getPublic());
      KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
      ecdh.init((ECPrivateKey) sender.getPrivate());
      ecdh.doPhase(P256.publicKey(uaPublic), true);
      byte[] ecdhSecret = ecdh.generateSecret();

      // RFC 8291, section 3.4: the auth secret and both public keys go into the input keying material
      byte[] prkKey = hmac(authSecret, ecdhSecret);
      byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uaPublic, asPublic);
      byte[] ikm = expand(prkKey, keyInfo, 32);
      byte[] prk = hmac(salt, ikm);
      byte[] cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
      byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);

      // one record, so it is the last: the delimiter 0x02, no padding
      byte[] record = Arrays.copyOf(plaintext, plaintext.length + 1);
      record[plaintext.length] = 2;
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
      byte[] sealed = aes.doFinal(record);

      return ByteBuffer.allocate(HEADER + sealed.length).put(salt).putInt(RECORD_SIZE).put((byte) asPublic.length).put(asPublic).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The push message could not be encrypted", e);
    }
  }

  /** HKDF-Extract (RFC 5869): HMAC-SHA256 keyed by the salt. */
  static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data);
  }

  /** HKDF-Expand for at most one block (32 bytes), all web push needs: T(1) = HMAC(prk, info | 0x01). */
  static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
    return Arrays.copyOf(hmac(prk, concat(info, new byte[] {1})), length);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    ByteBuffer all = ByteBuffer.allocate(length);
    for (byte[] p : parts) {
      all.put(p);
    }
    return all.array();
  }
}
