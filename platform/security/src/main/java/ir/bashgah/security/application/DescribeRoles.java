package ir.bashgah.security.application;

import ir.bashgah.kernel.access.Permission;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.security.domain.staff.BranchScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/**
 * The staff roles with what each may do, straight from Role.java, so that the console explains the
 * roles the server enforces instead of a copy that could drift from them.
 */
@ApplicationScoped
public class DescribeRoles {
  /**
   * One staff role: its permissions (wire names, in Permission.java's order), whether it works in one
   * branch ({@code required}, {@code optional} or {@code none}) and whether only an owner may grant it.
   */
  public record RoleView(String role, List<String> permissions, String branch, boolean ownerGrantsOnly) {}

  /** The staff roles in Role.java's order, the platform admin and terminal keys left out. */
  public List<RoleView> staffRoles() {
    return Arrays.stream(Role.values())
        .filter(Role::isStaffRole)
        .map(role -> new RoleView(
            role.wireName(),
            Arrays.stream(Permission.values()).filter(role::may).map(Permission::wireName).toList(),
            BranchScope.of(role).wireName(),
            StaffAuthority.onlyAnOwnerGrants(role)))
        .toList();
  }
}
