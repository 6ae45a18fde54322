package ir.bashgah.security.api;

/** The staff of the club in context, as far as other modules make them (the demo club's seeding). */
public interface StaffAccounts {
  /**
   * Adds a staff member, checked, authorised and audited as the staff API does it (422 naming each
   * bad field, 409 for a username taken). {@code role} is a wire name ("cashier"); {@code branchCode}
   * and {@code mobile} may be null.
   */
  void add(String username, String password, String role, String branchCode, String mobile);
}
