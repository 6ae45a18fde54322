package ir.bashgah.kernel.access;

/** What a caller may do. Endpoints name a permission; roles are sets of permissions. */
public enum Permission {
  /** Manage tenants, plans and feature overrides of the whole platform. */
  PLATFORM_TENANTS,
  /** Read the platform-wide audit log and any tenant's audit log. */
  PLATFORM_AUDIT,
  /** See the platform's recurring jobs and run one now. */
  PLATFORM_JOBS,
  /** Anything a signed-in person may do to his own account (profile, password, MFA). */
  OWN_ACCOUNT,
  /** See the tenant's plan and which features it has. */
  FEATURES_READ,
  BRANCHES_READ,
  BRANCHES_MANAGE,
  TERMINALS_MANAGE,
  STAFF_READ,
  STAFF_MANAGE,
  /** Read and export the tenant's audit log (K1). */
  AUDIT_READ,
  /** Find and read members and their cards. */
  MEMBERS_READ,
  /** Register members and change their data and cards. */
  MEMBERS_WRITE,
  /** Keep the club's member catalogues: groups, categories and card types. */
  MEMBERS_CONFIGURE,
  /** Bring existing customers in from a CSV or XLSX file, with their opening points and credit (M1, L7, P10). */
  MEMBERS_IMPORT,
  /** Change a member's points or credit by hand, with a reason (L7), or move them to another member (L8). */
  LOYALTY_ADJUST,
  /** Configure the club's programmes (earning, bonuses, expiry, levels) and check its ledger. */
  LOYALTY_CONFIGURE,
  /** Call the POS contract (/api/v1/pos/**). */
  POS,
  /** Read the club's dashboard (A1, AN4): members, points, credit and sales by day and branch. */
  DASHBOARD_READ,
  /** Send the club's messages to its members (C1-C4). */
  MESSAGES_SEND,
  /** See what the club sent and how it went. */
  MESSAGES_READ,
  /** Set up how the club's messages go out: its own SMS line (C6) and its API key. */
  MESSAGES_CONFIGURE,
  /** Set how the club's member portal looks: its name, logo, colours, template, icon and domain (CP2). */
  PORTAL_CONFIGURE,
  /** A member's own account in the club's portal (/api/v1/portal/me/**): held by member tokens only. */
  PORTAL_SELF;

  /** The wire name: lower case with dashes, as the API and UI show it (members-read). */
  public String wireName() {
    return name().toLowerCase().replace('_', '-');
  }
}
