package ir.bashgah.loyalty.domain.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token of an invoice's link (C3): 128 random bits as 22 URL-safe characters. Only its SHA-256 is
 * stored, so whoever reads the table cannot open the pages; whoever holds the link can, which is the
 * point of sending it to the buyer.
 */
public final class InvoiceLinks {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

  private InvoiceLinks() {}

  public static String newToken() {
    byte[] bits = new byte[16];
    RANDOM.nextBytes(bits);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
  }

  /** The stored form of a token; empty for anything that cannot be one of ours. */
  public static Optional<byte[]> hashOf(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
