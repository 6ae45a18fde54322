package ir.bashgah.messaging.infra;

import ir.bashgah.kernel.crypto.P256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a browser does with a web push, written apart from {@link PushEncryption} from RFC 8291 and
 * RFC 8188 (the receiving side), so that each checks the other: its key pair and auth secret, the
 * decryption of a body, and the check of a VAPID header (RFC 8292).
 */
final class BrowserSide {
  final KeyPair keys;
  final byte[] auth;

  BrowserSide(KeyPair keys, byte[] auth) {
    this.keys = keys;
    this.auth = auth;
  }

  static BrowserSide fresh() {
    byte[] auth = new byte[16];
    new java.security.SecureRandom().nextBytes(auth);
    return new BrowserSide(P256.generate(), auth);
  }

  String p256dh() {
    return P256.base64Url(P256.encode((ECPublicKey) keys.getPublic()));
  }

  String authText() {
    return P256.base64Url(auth);
  }

  byte[] decrypt(byte[] body) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(body);
    byte[] salt = new byte[16];
    in.get(salt);
    int recordSize = in.getInt();
    int idLength = in.get() & 0xff;
    if (idLength != 65) {
      throw new IllegalArgumentException("key id of " + idLength + " bytes");
    }
    byte[] asPublic = new byte[idLength];
    in.get(asPublic);
    byte[] sealed = new byte[in.remaining()];
    in.get(sealed);
    if (sealed.length > recordSize) {
      throw new IllegalArgumentException("more than one record");
    }
    byte[] uaPublic = P256.encode((ECPublicKey) keys.getPublic());
    KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
    ecdh.init((ECPrivateKey) keys.getPrivate());
    ecdh.doPhase(P256.publicKey(asPublic), true);
    byte[] secret = ecdh.generateSecret();
    byte[] prkKey = mac(auth, secret);
    byte[] info = ByteBuffer.allocate(14 + 65 + 65).put("WebPush: info\0".getBytes(StandardCharsets.US_ASCII)).put(uaPublic).put(asPublic).array();
    byte[] ikm = mac(prkKey, append(info, (byte) 1));
    byte[] prk = mac(salt, ikm);
    byte[] cek = Arrays.copyOf(mac(prk, append("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), (byte) 1)), 16);
    byte[] nonce = Arrays.copyOf(mac(prk, append("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), (byte) 1)), 12);
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
    byte[] record = aes.doFinal(sealed);
    int end = record.length - 1;
    while (end >= 0 && record[end] == 0) {
      end--; // padding
    }
    if (end < 0 || record[end] != 2) {
      throw new IllegalArgumentException("the last record's delimiter is missing");
    }
    return Arrays.copyOf(record, end);
  }

  /** The claims of a VAPID header whose signature the public key in its {@code k} verifies; the key is checked to be {@code expectedKey}. */
  static String verifiedClaims(String authorization, String expectedKey) throws Exception {
    if (!authorization.startsWith("vapid ")) {
      throw new IllegalArgumentException("not a vapid header: " + authorization);
    }
    String t = null;
    String k = null;
    for (String part : authorization.substring(6).split(",")) {
      String p = part.trim();
      if (p.startsWith("t=")) {
        t = p.substring(2);
      } else if (p.startsWith("k=")) {
        k = p.substring(2);
      }
    }
    if (!expectedKey.equals(k)) {
      throw new IllegalArgumentException("k is " + k);
    }
    String[] jwt = t.split("\\.");
    Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
    verifier.initVerify(P256.publicKey(P256.fromBase64Url(k)));
    verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
    if (!verifier.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
      throw new IllegalArgumentException("the signature does not verify");
    }
    String header = new String(Base64.getUrlDecoder().decode(jwt[0]), StandardCharsets.UTF_8);
    if (!header.contains("\"alg\":\"ES256\"")) {
      throw new IllegalArgumentException("header " + header);
    }
    return new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8);
  }

  private static byte[] mac(byte[] key, byte[] data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data);
  }

  private static byte[] append(byte[] a, byte b) {
    byte[] all = Arrays.copyOf(a, a.length + 1);
    all[a.length] = b;
    return all;
  }
}
