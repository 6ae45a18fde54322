package ir.bashgah.tenancy.api;

/** The five plans of shared/spec/PLANS.md, cheapest first. */
public enum Plan {
  BASIC,
  STANDARD,
  PROFESSIONAL,
  VIP,
  PREMIUM
}
