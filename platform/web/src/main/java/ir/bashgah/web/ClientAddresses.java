package ir.bashgah.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who the client is, by address, for the audit log and the login limits. Behind a reverse proxy
 * every request comes from the proxy, so X-Forwarded-For is believed, but only when it comes from a
 * proxy named in BASHGAH_TRUSTED_PROXIES: the client is the last address in it that is not one of
 * those proxies. Anyone else could write any address there.
 */
final class ClientAddresses {
  /** Only IP literals: a host name here would cost a DNS look-up per request. */
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private record Range(byte[] network, int prefix) {
    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (address[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      return rest == 0 || ((address[full] ^ network[full]) & (0xFF << (8 - rest)) & 0xFF) == 0;
    }
  }

  private final List<Range> trusted;

  private ClientAddresses(List<Range> trusted) {
    this.trusted = trusted;
  }

  /** {@code config}: comma-separated addresses or CIDR ranges (10.0.0.0/8, ::1); blank trusts nobody. */
  static ClientAddresses trusting(String config) {
    List<Range> ranges = new ArrayList<>();
    if (config != null) {
      for (String item : config.split(",")) {
        String s = item.trim();
        if (s.isEmpty()) {
          continue;
        }
        int slash = s.indexOf('/');
        byte[] network = parse(slash < 0 ? s : s.substring(0, slash));
        if (network == null) {
          throw new IllegalArgumentException("BASHGAH_TRUSTED_PROXIES: '" + s + "' is not an IP address or CIDR range");
        }
        int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(s.substring(slash + 1));
        if (prefix < 0 || prefix > network.length * 8) {
          throw new IllegalArgumentException("BASHGAH_TRUSTED_PROXIES: bad prefix in '" + s + "'");
        }
        ranges.add(new Range(network, prefix));
      }
    }
    return new ClientAddresses(List.copyOf(ranges));
  }

  /** The client's address: {@code remote} itself, unless it is a trusted proxy that says who it forwards for. */
  String of(String remote, String forwardedFor) {
    if (remote == null || forwardedFor == null || !isTrusted(remote)) {
      return remote;
    }
    List<String> hops = new ArrayList<>(Arrays.asList(forwardedFor.split(",")));
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i).trim();
      if (parse(hop) == null) {
        // Garbage where an address should be: stop believing the header at this point.
        return i == hops.size() - 1 ? remote : hops.get(i + 1).trim();
      }
      if (!isTrusted(hop)) {
        return hop;
      }
    }
    return hops.isEmpty() ? remote : hops.get(0).trim();
  }

  /** Whether {@code address} lies in one of the ranges. */
  boolean isAllowed(String address) {
    return isTrusted(address);
  }

  private boolean isTrusted(String address) {
    byte[] bytes = parse(address);
    return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
  }

  private static byte[] parse(String address) {
    if (address == null || !IP_LITERAL.matcher(address).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
