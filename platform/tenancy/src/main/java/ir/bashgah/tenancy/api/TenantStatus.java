package ir.bashgah.tenancy.api;

public enum TenantStatus {
  /** Schema being created; the slug is reserved but the tenant cannot be used yet. */
  PROVISIONING,
  ACTIVE,
  /** Every call answers 403 tenant-suspended; the data stays. */
  SUSPENDED
}
