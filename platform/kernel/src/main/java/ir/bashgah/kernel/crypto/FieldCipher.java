package ir.bashgah.kernel.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of sensitive columns at rest (P6, K7): AES-256-GCM with a random 96-bit nonce per value,
 * stored as {@code v1:<base64(nonce|ciphertext|tag)>}. The key is installed once at start-up; a value
 * without the prefix is read as plain text, so a column can be encrypted after the fact.
 */
public final class FieldCipher {
  private static final String PREFIX = "v1:";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static volatile SecretKeySpec key;
  private static volatile SecretKeySpec indexKey;
  private static volatile SecretKeySpec memberQrKey;
  private static volatile SecretKeySpec pushReceiptKey;

  private FieldCipher() {}

  public static void install(byte[] keyBytes) {
    if (keyBytes.length != 32) {
      throw new IllegalArgumentException("The field encryption key must be 32 bytes");
    }
    key = new SecretKeySpec(keyBytes.clone(), "AES");
    SecretKeySpec master = new SecretKeySpec(keyBytes, "HmacSHA256");
    indexKey = new SecretKeySpec(hmac(master, "bashgah-blind-index"), "HmacSHA256");
    memberQrKey = new SecretKeySpec(hmac(master, "bashgah-member-qr"), "HmacSHA256");
    pushReceiptKey = new SecretKeySpec(hmac(master, "bashgah-push-receipt"), "HmacSHA256");
  }

  /**
   * HMAC-SHA256 under a key of its own derived from the field key, for the token a web push carries
   * and its service worker posts back as the delivery receipt (messaging): only the platform can make
   * one, and it proves nothing else.
   */
  public static byte[] pushReceiptMac(String content) {
    SecretKeySpec k = pushReceiptKey;
    if (k == null) {
      throw new IllegalStateException("The field encryption key is not installed yet");
    }
    return hmac(k, content);
  }

  /**
   * HMAC-SHA256 of a member QR code's content (B7), under a key of its own derived from the field
   * key: a signature then never doubles as a blind index (or the reverse), and one key can be
   * retired without the other.
   */
  public static byte[] memberQrMac(String content) {
    SecretKeySpec k = memberQrKey;
    if (k == null) {
      throw new IllegalStateException("The field encryption key is not installed yet");
    }
    return hmac(k, content);
  }

  /**
   * A keyed hash of a normalised value, stored beside its encrypted column so that an exact lookup
   * (member by mobile or national code) needs no decryption and reveals nothing without the key.
   */
  public static String blindIndex(String normalised) {
    if (normalised == null) {
      return null;
    }
    SecretKeySpec k = indexKey;
    if (k == null) {
      throw new IllegalStateException("The field encryption key is not installed yet");
    }
    return java.util.HexFormat.of().formatHex(hmac(k, normalised));
  }

  private static byte[] hmac(SecretKeySpec k, String value) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(k);
      return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static boolean isInstalled() {
    return key != null;
  }

  public static String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, requireKey(), new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a field", e);
    }
  }

  public static String decrypt(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return stored;
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, requireKey(), new GCMParameterSpec(128, all, 0, 12));
      return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A protected field could not be decrypted: wrong BASHGAH_FIELD_KEY or a tampered value", e);
    }
  }

  private static SecretKeySpec requireKey() {
    SecretKeySpec k = key;
    if (k == null) {
      throw new IllegalStateException("The field encryption key is not installed yet");
    }
    return k;
  }
}
