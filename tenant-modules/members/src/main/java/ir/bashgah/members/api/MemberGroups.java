package ir.bashgah.members.api;

import java.util.List;

/**
 * The member groups of the club in context, for modules that key rules on a group (the loyalty
 * module's conversion rates and bonuses per group, L1 and L6) and must refuse a group that does not exist.
 */
public interface MemberGroups {
  /** Whether {@code code} names a group of this club, written as staff would type it (any case, Persian digits). */
  boolean exists(String code);

  /** Every group of the club, by code. */
  List<MemberGroupRef> all();
}
