package ir.bashgah.tenancy.domain.tenant;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A host name a club may point at its portal: a DNS name of at least two labels, no scheme, port or path; Persian names as punycode. */
public final class HostName {
  private static final Pattern NAME =
      Pattern.compile("(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})");

  private HostName() {}

  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String host = typed.trim();
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return NAME.matcher(host).matches() ? Optional.of(host) : Optional.empty();
  }

  /** The host of a Host header: without its port, lower case. */
  public static String ofHeader(String header) {
    if (header == null) {
      return "";
    }
    String h = header.trim().toLowerCase(Locale.ROOT);
    int colon = h.lastIndexOf(':');
    return colon > 0 && h.indexOf(']') < colon ? h.substring(0, colon) : h;
  }
}
