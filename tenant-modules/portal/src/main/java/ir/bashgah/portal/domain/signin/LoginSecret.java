package ir.bashgah.portal.domain.signin;

import ir.bashgah.kernel.crypto.FieldCipher;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secrets of a sign-in: a 6-digit code a member types, and the token of a login link he taps.
 * Both are stored only as keyed hashes (the platform's blind-index key), so a copy of the table opens
 * nothing; the code's hash is salted with its request's id, so two equal codes do not look equal.
 */
public final class LoginSecret {
  public static final int CODE_DIGITS = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  private LoginSecret() {}

  public static String newCode() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }

  /** 128 random bits, URL-safe. */
  public static String newLinkToken() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  public static String codeHash(long requestId, String code) {
    return FieldCipher.blindIndex("portal-code:" + requestId + ":" + code);
  }

  public static String linkHash(String token) {
    return FieldCipher.blindIndex("portal-link:" + token);
  }

  /** Whether {@code typed} is the code of the request, compared in constant time. */
  public static boolean matches(LoginCodes.LoginCode request, String typed) {
    if (request.codeHash() == null || typed == null) {
      return false;
    }
    return java.security.MessageDigest.isEqual(request.codeHash().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        codeHash(request.id(), typed).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }
}
