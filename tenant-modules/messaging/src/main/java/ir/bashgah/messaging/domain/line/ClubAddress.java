package ir.bashgah.messaging.domain.line;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An address a club's owner gives the platform to call: the club's own SMS gateway, its bot API. The
 * platform then sends the club's messages and its key there, so the address must be an http or https
 * address alone, on a host the operator allows; without the list an owner could point the platform
 * at any address it can reach inside its own network.
 */
public final class ClubAddress {
  private ClubAddress() {}

  /** The hosts of a setting such as BASHGAH_SMS_CLUB_HOSTS: comma-separated, compared without case. */
  public static List<String> hosts(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
  }

  /** Whether {@code baseUrl} names one of {@code hosts}. */
  public static boolean onAllowedHost(String baseUrl, List<String> hosts) {
    String host = URI.create(baseUrl).getHost();
    return host != null && hosts.contains(host.toLowerCase(Locale.ROOT));
  }

  /**
   * What is wrong with {@code address}, in words for the field's message, or null when nothing is.
   * {@code example}: an address of the right shape; {@code whose}: what it is the address of ("the
   * gateway's"); {@code allowedFor}: what the operator's hosts are for ("clubs' lines"); {@code
   * instead}: what to do without an address of one's own.
   */
  public static String problem(String address, int maxLength, List<String> hosts, String example, String whose, String allowedFor, String instead) {
    if (address.length() > maxLength) {
      return "must be at most " + maxLength + " characters";
    }
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      return "must be an http or https address, e.g. " + example;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return "must be an http or https address, e.g. " + example;
    }
    if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return "must be " + whose + " address alone, without a user, a query or a fragment";
    }
    if (!onAllowedHost(address, hosts)) {
      return "must be on a host the platform allows for " + allowedFor + ": " + String.join(", ", hosts) + " (" + instead + ")";
    }
    return null;
  }
}
