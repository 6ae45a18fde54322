package ir.bashgah.messaging.domain.push;

import ir.bashgah.kernel.crypto.FieldCipher;
import ir.bashgah.kernel.crypto.P256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a push message carries so that the browser that shows it can say so (its delivery receipt):
 * {@code <club>.<mac>}, the club's slug (the receipt arrives without a login, so it must name its
 * club) and a MAC of the club and the message's id under a key only the platform has. It proves that
 * the platform sent that message and nothing more: it opens nothing and reads nothing.
 */
public final class ReceiptToken {
  /** 128 bits of the HMAC: unguessable, and short enough for a payload of a few kilobytes. */
  private static final int MAC_BYTES = 16;

  private static final Pattern SHAPE = Pattern.compile("([a-z0-9][a-z0-9-]{0,62})\\.([A-Za-z0-9_-]{22})");

  private ReceiptToken() {}

  public static String issue(String club, long messageId) {
    return club + "." + P256.base64Url(mac(club, messageId));
  }

  /** The club of a token made for {@code messageId}; empty for any other token. */
  public static Optional<String> club(String token, long messageId) {
    if (token == null) {
      return Optional.empty();
    }
    var m = SHAPE.matcher(token);
    if (!m.matches()) {
      return Optional.empty();
    }
    String club = m.group(1);
    // compared as text: a decoder ignores the last character's unused bits, so two texts would pass for one MAC
    byte[] given = m.group(2).getBytes(StandardCharsets.US_ASCII);
    byte[] expected = P256.base64Url(mac(club, messageId)).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, expected) ? Optional.of(club) : Optional.empty();
  }

  private static byte[] mac(String club, long messageId) {
    return Arrays.copyOf(FieldCipher.pushReceiptMac(club + "/" + messageId), MAC_BYTES);
  }
}
