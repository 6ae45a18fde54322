package ir.bashgah.tenancy.api;

import java.util.Optional;

/** Clubs' own domains for their member portals (CP2, plan code J3): which club a host name serves. */
public interface TenantDomains {
  /** The club a request for {@code host} (as the Host header gives it, any case, with or without a port) belongs to. */
  Optional<String> slugOf(String host);

  /** The club's own host, if it has one. */
  Optional<String> hostOf(String slug);

  /**
   * Gives the club {@code host} (normalised: lower case, punycode for a Persian name), or takes its host
   * away when null; in the caller's transaction. 422 naming {@code domain} for what is no host name;
   * 409 when another club has it.
   */
  void assign(String slug, String host);
}
