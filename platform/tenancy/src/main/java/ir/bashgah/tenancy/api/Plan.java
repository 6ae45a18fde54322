package ir.bashgah.tenancy.api;

/** The five plans of docs/plans.md, cheapest first. */
public enum Plan {
  BASIC,
  STANDARD,
  PROFESSIONAL,
  VIP,
  PREMIUM
}
