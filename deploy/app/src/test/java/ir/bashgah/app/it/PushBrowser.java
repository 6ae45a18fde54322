package ir.bashgah.app.it;

import ir.bashgah.kernel.crypto.P256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser's side of web push, for the tests: its subscription's key pair and auth secret, the
 * decryption of what a push service hands it (RFC 8291, aes128gcm of RFC 8188) and the check a push
 * service makes of the sender's VAPID header (RFC 8292). Written from the RFCs, apart from the
 * platform's code, so that one checks the other.
 */
final class PushBrowser {
  private final KeyPair keys = P256.generate();
  private final byte[] auth = new byte[16];

  PushBrowser() {
    new SecureRandom().nextBytes(auth);
  }

  /** The subscription's {@code keys.p256dh}. */
  String p256dh() {
    return P256.base64Url(P256.encode((ECPublicKey) keys.getPublic()));
  }

  /** The subscription's {@code keys.auth}. */
  String auth() {
    return P256.base64Url(auth);
  }

  /** The plaintext of a push message's body. */
  String decrypt(byte[] body) throws Exception {
    ByteBuffer in = ByteBuffer.wrap(body);
    byte[] salt = new byte[16];
    in.get(salt);
    int recordSize = in.getInt();
    byte[] asPublic = new byte[in.get() & 0xff];
    in.get(asPublic);
    byte[] sealed = new byte[in.remaining()];
    in.get(sealed);
    if (sealed.length > recordSize || body.length > 4096) {
      throw new IllegalArgumentException("more than a push service takes: " + body.length + " bytes");
    }
    KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
    ecdh.init((ECPrivateKey) keys.getPrivate());
    ecdh.doPhase(P256.publicKey(asPublic), true);
    byte[] prkKey = mac(auth, ecdh.generateSecret());
    byte[] ikm = mac(prkKey, concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), P256.encode((ECPublicKey) keys.getPublic()), asPublic, new byte[] {1}));
    byte[] prk = mac(salt, ikm);
    byte[] cek = Arrays.copyOf(mac(prk, concat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})), 16);
    byte[] nonce = Arrays.copyOf(mac(prk, concat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})), 12);
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
    byte[] record = aes.doFinal(sealed);
    int end = record.length - 1;
    while (end >= 0 && record[end] == 0) {
      end--;
    }
    if (end < 0 || record[end] != 2) {
      throw new IllegalArgumentException("not the last record");
    }
    return new String(record, 0, end, StandardCharsets.UTF_8);
  }

  /**
   * What a push service checks of {@code Authorization: vapid t=..., k=...}: {@code k} is the key the
   * browser subscribed with, and the JWT's ES256 signature verifies with it. Answers the JWT's claims.
   */
  static Map<String, String> vapidClaims(String authorization, String subscribedWith) throws Exception {
    if (authorization == null || !authorization.startsWith("vapid ")) {
      throw new IllegalArgumentException("not a vapid Authorization: " + authorization);
    }
    Map<String, String> params = new HashMap<>();
    for (String part : authorization.substring(6).split(",")) {
      String[] kv = part.trim().split("=", 2);
      params.put(kv[0], kv[1]);
    }
    if (!subscribedWith.equals(params.get("k"))) {
      throw new IllegalArgumentException("signed with another key: " + params.get("k"));
    }
    String[] jwt = params.get("t").split("\\.");
    Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
    verifier.initVerify(P256.publicKey(P256.fromBase64Url(subscribedWith)));
    verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
    if (!verifier.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
      throw new IllegalArgumentException("the VAPID signature does not verify");
    }
    Map<String, String> claims = new HashMap<>();
    claims.put("header", new String(Base64.getUrlDecoder().decode(jwt[0]), StandardCharsets.UTF_8));
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8)))) {
      reader.readObject().forEach((k, v) -> claims.put(k, v instanceof jakarta.json.JsonString s ? s.getString() : v.toString()));
    }
    return claims;
  }

  private static byte[] mac(byte[] key, byte[] data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data);
  }

  private static byte[] concat(byte[]... parts) {
    ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
    for (byte[] p : parts) {
      all.put(p);
    }
    return all.array();
  }
}
