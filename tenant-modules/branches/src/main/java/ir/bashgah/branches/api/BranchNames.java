package ir.bashgah.branches.api;

import java.util.Map;

/** The club's branches by code, for modules that show or check a branch they were given. */
public interface BranchNames {
  /** Every branch's name by its code. */
  Map<String, String> names();
}
