package ir.bashgah.security.application;

import ir.bashgah.audit.api.AuditLog;
import ir.bashgah.kernel.CallContext;
import ir.bashgah.kernel.access.Credentials;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.kernel.persistence.Constraints;
import ir.bashgah.kernel.problem.Problem;
import ir.bashgah.kernel.problem.Validation;
import ir.bashgah.kernel.text.IranianMobile;
import ir.bashgah.security.api.BranchDirectory;
import ir.bashgah.security.api.StaffAccounts;
import ir.bashgah.security.domain.session.AccountKind;
import ir.bashgah.security.domain.staff.BranchScope;
import ir.bashgah.security.domain.staff.StaffUser;
import ir.bashgah.security.domain.secret.PasswordHasher;
import ir.bashgah.security.domain.staff.StaffUsers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Staff accounts of a tenant (P3, A6): who may sign in, with which role and branch. */
@ApplicationScoped
public class ManageStaff implements StaffAccounts {
  public record NewStaff(String username, String password, String role, String branch, String mobile) {}

  public record StaffChange(String role, String branch, Boolean active, String password) {}

  public record StaffView(String username, String role, String branch, String mobile, boolean active, boolean mfaEnabled, Instant createdAt) {
    static StaffView of(StaffUser u) {
      return new StaffView(u.username(), u.role().wireName(), u.branchCode(), u.mobile(), u.isActive(), u.isMfaEnabled(), u.createdAt());
    }
  }

  @Inject StaffUsers users;
  @Inject PasswordHasher hasher;
  @Inject AuditLog audit;
  @Inject Instance<BranchDirectory> branches;
  @Inject Clock clock;
  @Inject StaffAuthority authority;
  @Inject EndSessions endSessions;

  @Override
  @Transactional
  public void add(String username, String password, String role, String branchCode, String mobile) {
    create(new NewStaff(username, password, role, branchCode, mobile));
  }

  @Transactional
  public StaffView create(NewStaff cmd) {
    Validation v = new Validation();
    Credentials.usernameProblem(cmd.username()).ifPresent(m -> v.require(false, "username", m));
    Credentials.passwordProblem(cmd.password()).ifPresent(m -> v.require(false, "password", m));
    Role role = parseRole(cmd.role(), v);
    String mobile = null;
    if (cmd.mobile() != null && !cmd.mobile().isBlank()) {
      mobile = IranianMobile.normalize(cmd.mobile()).orElse(null);
      v.require(mobile != null, "mobile", "must be an Iranian mobile number such as 09121234567");
    }
    checkBranch(role, cmd.branch(), v);
    v.throwIfInvalid();
    authority.mayGrant(role);
    if (users.byUsername(cmd.username()).isPresent()) {
      throw Problem.conflict("Username '" + cmd.username() + "' is taken in this club");
    }
    StaffUser user = new StaffUser(cmd.username(), hasher.hash(cmd.password()), role, cmd.branch(), mobile, Instant.now(clock));
    try {
      users.addNow(user);
    } catch (RuntimeException e) {
      if (Constraints.isDuplicateKey(e)) {
        throw Problem.conflict("Username '" + cmd.username() + "' is taken in this club");
      }
      throw e;
    }
    StaffView view = StaffView.of(user);
    audit.record("STAFF.CREATE", "staff-user", user.username(), null, view);
    return view;
  }

  @Transactional
  public StaffView change(String username, StaffChange change) {
    StaffUser user = users.byUsername(username).orElseThrow(() -> Problem.notFound("No staff member '" + username + "'"));
    if (Long.toString(user.id()).equals(CallContext.actor().id())) {
      // Not even an owner: a token must never be able to raise, revive or re-key its own account.
      throw Problem.forbidden("You cannot change your own role, branch, status or password here; another owner can, and your own password is"
          + " changed under your profile with the current one");
    }
    Validation v = new Validation();
    Role role = change.role() == null ? user.role() : parseRole(change.role(), v);
    String branch = change.branch() == null ? user.branchCode() : change.branch();
    if (change.password() != null) {
      Credentials.passwordProblem(change.password()).ifPresent(m -> v.require(false, "password", m));
    }
    checkBranch(role, branch, v);
    v.throwIfInvalid();
    authority.mayGrant(user.role());
    authority.mayGrant(role);
    StaffView before = StaffView.of(user);
    Instant now = Instant.now(clock);
    user.assign(role, branch, now);
    if (change.active() != null) {
      user.setActive(change.active(), now);
    }
    if (change.password() != null) {
      user.changePassword(hasher.hash(change.password()), now);
    }
    StaffView after = StaffView.of(user);
    boolean rightsChanged = !before.role().equals(after.role()) || !java.util.Objects.equals(before.branch(), after.branch()) || before.active() != after.active();
    if (rightsChanged || change.password() != null) {
      endSessions.endAllOf(AccountKind.STAFF, user.id(), change.password() != null ? "password-reset" : "account-changed");
    }
    audit.record(change.password() != null ? "STAFF.RESET_PASSWORD" : "STAFF.UPDATE", "staff-user", username, before, after);
    return after;
  }

  @Transactional
  public List<StaffView> list() {
    return users.all(CallContext.actor().branch()).stream().map(StaffView::of).toList();
  }

  /** Creates the tenant's first owner while it is being provisioned (no caller to check yet). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void createOwner(String username, String password, String mobile) {
    StaffUser owner = new StaffUser(username, hasher.hash(password), Role.OWNER, null, mobile, Instant.now(clock));
    users.add(owner);
    audit.record("STAFF.CREATE", "staff-user", username, null, StaffView.of(owner));
  }

  private static Role parseRole(String wire, Validation v) {
    try {
      Role role = wire == null ? null : Role.fromWireName(wire);
      v.require(role != null && role.isStaffRole(), "role", "must be one of " + staffRoles());
      return role != null && role.isStaffRole() ? role : Role.CASHIER;
    } catch (IllegalArgumentException e) {
      v.require(false, "role", "must be one of " + staffRoles());
      return Role.CASHIER;
    }
  }

  /** A branch manager needs a branch; a cashier may have one; either way it must exist. */
  private void checkBranch(Role role, String branch, Validation v) {
    boolean hasBranch = branch != null && !branch.isBlank();
    BranchScope scope = BranchScope.of(role);
    if (scope == BranchScope.REQUIRED && !hasBranch) {
      v.require(false, "branch", "is required for a branch manager");
    } else if (scope.hasBranch() && hasBranch && branches.isResolvable()) {
      v.require(branches.get().exists(branch), "branch", "no branch with code '" + branch + "'");
    }
  }

  private static String staffRoles() {
    return Arrays.stream(Role.values()).filter(Role::isStaffRole).map(Role::wireName).toList().toString();
  }

}
