package ir.bashgah.kernel.crypto;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Keys on the P-256 curve in the raw forms web push passes around (RFC 8291, RFC 8292): a public key
 * as the 65-byte uncompressed point {@code 0x04 | x | y}, a private key as its 32-byte scalar, both
 * usually written in base64url without padding. The JDK reads and writes only X.509 and PKCS#8
 * forms, so these conversions sit here once for the platform's VAPID keys (security) and the
 * browsers' subscription keys (messaging).
 */
public final class P256 {
  /** Length of an uncompressed point: the 0x04 prefix and two 32-byte coordinates. */
  public static final int POINT_LENGTH = 65;

  public static final int SCALAR_LENGTH = 32;

  private static final ECParameterSpec CURVE = curve();

  private P256() {}

  public static ECParameterSpec curve() {
    if (CURVE != null) {
      return CURVE;
    }
    try {
      AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
      parameters.init(new ECGenParameterSpec("secp256r1"));
      return parameters.getParameterSpec(ECParameterSpec.class);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK has no P-256 curve", e);
    }
  }

  public static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot make a P-256 key pair", e);
    }
  }

  /**
   * The public key of an uncompressed point. Throws IllegalArgumentException for anything that is
   * not one: a wrong length or prefix, or a point off the curve (the JDK's key factory does not check
   * that, and ECDH with a point off the curve leaks the private key's bits).
   */
  public static ECPublicKey publicKey(byte[] point) {
    if (point == null || point.length != POINT_LENGTH || point[0] != 0x04) {
      throw new IllegalArgumentException("not an uncompressed P-256 point (65 bytes starting with 0x04)");
    }
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(point, 1, 33));
    BigInteger y = new BigInteger(1, Arrays.copyOfRange(point, 33, 65));
    if (!onCurve(x, y)) {
      throw new IllegalArgumentException("the point is not on the P-256 curve");
    }
    try {
      return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(x, y), CURVE));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a P-256 public key", e);
    }
  }

  /** The private key of a 32-byte scalar. */
  public static ECPrivateKey privateKey(byte[] scalar) {
    if (scalar == null || scalar.length != SCALAR_LENGTH) {
      throw new IllegalArgumentException("a P-256 private key is 32 bytes");
    }
    BigInteger s = new BigInteger(1, scalar);
    if (s.signum() == 0 || s.compareTo(CURVE.getOrder()) >= 0) {
      throw new IllegalArgumentException("not a P-256 private key (out of range)");
    }
    try {
      return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(s, CURVE));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a P-256 private key", e);
    }
  }

  /** The uncompressed point of a public key. */
  public static byte[] encode(ECPublicKey key) {
    byte[] point = new byte[POINT_LENGTH];
    point[0] = 0x04;
    fixed(key.getW().getAffineX(), point, 1);
    fixed(key.getW().getAffineY(), point, 33);
    return point;
  }

  /** The 32-byte scalar of a private key. */
  public static byte[] encode(ECPrivateKey key) {
    byte[] scalar = new byte[SCALAR_LENGTH];
    fixed(key.getS(), scalar, 0);
    return scalar;
  }

  public static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * Reads base64url as browsers and web-push tools write it: without padding, though padding and the
   * plain alphabet are taken too (some tools print those). Throws IllegalArgumentException otherwise.
   */
  public static byte[] fromBase64Url(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no value");
    }
    String t = text.trim().replace('+', '-').replace('/', '_');
    while (t.endsWith("=")) {
      t = t.substring(0, t.length() - 1);
    }
    return Base64.getUrlDecoder().decode(t);
  }

  /** y² = x³ - 3x + b (mod p), with both coordinates in the field. */
  private static boolean onCurve(BigInteger x, BigInteger y) {
    BigInteger p = ((java.security.spec.ECFieldFp) CURVE.getCurve().getField()).getP();
    if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
      return false;
    }
    BigInteger left = y.multiply(y).mod(p);
    BigInteger right = x.pow(3).add(CURVE.getCurve().getA().multiply(x)).add(CURVE.getCurve().getB()).mod(p);
    return left.equals(right);
  }

  private static void fixed(BigInteger value, byte[] into, int at) {
    byte[] raw = value.toByteArray();
    int length = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - length, into, at + 32 - length, length);
  }
}
