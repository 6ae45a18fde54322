package ir.bashgah.security.api;

/** Implemented by the branches module, so staff can be tied to a branch that exists. */
public interface BranchDirectory {
  boolean exists(String branchCode);
}
