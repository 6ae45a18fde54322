package ir.bashgah.tenancy.api;

/** The first staff user of a new tenant, with the owner role. */
public record OwnerAccount(String username, String password, String mobile) {
  @Override
  public String toString() {
    return "OwnerAccount[username=" + username + ", mobile=" + mobile + "]";
  }
}
