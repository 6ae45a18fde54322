package ir.bashgah.members.domain.qr;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member's personal QR code (B7): {@code BQ1.<base64url(content)>.<base64url(signature)>}. The
 * content names the member and, for a printed code, the card it was printed for, or, for a digital
 * one, the second it expires. The signature is the first 16 bytes of an HMAC-SHA256, under a key
 * derived from the field key for this purpose only, over the version, the club's slug and the
 * content: the slug is signed but not carried, so a code says nothing about its club and a code of
 * one club never verifies in another. 128 bits of signature are far beyond guessing at a till while
 * keeping the code small enough for a low-density QR that any scanner reads.
 */
public record MemberQr(Kind kind, String memberCode, String cardNumber, Instant expiresAt) {
  public enum Kind {
    PRINTED,
    DIGITAL
  }

  private static final String VERSION = "BQ1";
  private static final int SIGNATURE_BYTES = 16;
  private static final int MAX_LENGTH = 200;
  private static final Pattern CONTENT = Pattern.compile("(P):(\\d{1,20}):(\\d{16})|(D):(\\d{1,20}):(\\d{1,12})");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  public static MemberQr printed(String memberCode, String cardNumber) {
    return new MemberQr(Kind.PRINTED, memberCode, cardNumber, null);
  }

  public static MemberQr digital(String memberCode, Instant expiresAt) {
    return new MemberQr(Kind.DIGITAL, memberCode, null, Instant.ofEpochSecond(expiresAt.getEpochSecond()));
  }

  /** The signed payload for club {@code tenantSlug}. */
  public String payload(String tenantSlug) {
    String content = kind == Kind.PRINTED ? "P:" + memberCode + ":" + cardNumber : "D:" + memberCode + ":" + expiresAt.getEpochSecond();
    return VERSION + "." + ENCODER.encodeToString(content.getBytes(StandardCharsets.US_ASCII)) + "." + ENCODER.encodeToString(signature(tenantSlug, content));
  }

  /**
   * The code a till scanned, if club {@code tenantSlug} issued it: 422 on field qr when it is not a
   * member QR code at all, 404 when it is one but this club did not sign it (forged, altered, or
   * another club's). Expiry and the card's state are the caller's to judge.
   */
  public static MemberQr read(String payload, String tenantSlug) {
    String[] parts = payload == null || payload.length() > MAX_LENGTH ? new String[0] : payload.trim().split("\\.", -1);
    if (parts.length != 3 || !VERSION.equals(parts[0])) {
      throw malformed();
    }
    String content;
    byte[] presented;
    try {
      content = new String(DECODER.decode(parts[1]), StandardCharsets.US_ASCII);
      presented = DECODER.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw malformed();
    }
    Matcher m = CONTENT.matcher(content);
    if (!m.matches() || presented.length != SIGNATURE_BYTES) {
      throw malformed();
    }
    if (!MessageDigest.isEqual(presented, signature(tenantSlug, content))) {
      throw Problem.notFound("This QR code was not issued by this club");
    }
    return m.group(1) != null ? printed(m.group(2), m.group(3)) : new MemberQr(Kind.DIGITAL, m.group(5), null, Instant.ofEpochSecond(Long.parseLong(m.group(6))));
  }

  public boolean isExpired(Instant now) {
    return expiresAt != null && now.isAfter(expiresAt);
  }

  private static byte[] signature(String tenantSlug, String content) {
    return Arrays.copyOf(FieldCipher.memberQrMac(VERSION + "|" + tenantSlug + "|" + content), SIGNATURE_BYTES);
  }

  private static Problem malformed() {
    return Problem.invalid("qr", "is not a member QR code of this platform (BQ1.…)");
  }
}
