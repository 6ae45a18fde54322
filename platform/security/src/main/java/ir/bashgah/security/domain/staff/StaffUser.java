package ir.bashgah.security.domain.staff;

import ir.bashgah.kernel.Ids;
import ir.bashgah.kernel.access.Role;
import ir.bashgah.kernel.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A person of the club's staff who signs in to the console or a till, with one role. */
@Entity
@Table(name = "staff_user")
public class StaffUser {
  @Id private long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Role role;

  @Column(name = "branch_code")
  private String branchCode;

  @Convert(converter = Encrypted.class)
  private String mobile;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "mfa_secret")
  @Convert(converter = Encrypted.class)
  private String mfaSecret;

  @Column(name = "mfa_enabled", nullable = false)
  private boolean mfaEnabled;

  /** Hashes of the unused recovery codes, comma separated. */
  @Column(name = "recovery_codes")
  private String recoveryCodes;

  /** The 30-second step of the last one-time code accepted. */
  @Column(name = "mfa_last_step")
  private Long mfaLastStep;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected StaffUser() {}

  public StaffUser(String username, String passwordHash, Role role, String branchCode, String mobile, Instant now) {
    if (!role.isStaffRole()) {
      throw new IllegalArgumentException(role + " is not a staff role");
    }
    this.id = Ids.next();
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.branchCode = BranchScope.of(role).hasBranch() ? branchCode : null;
    this.mobile = mobile;
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public void changePassword(String passwordHash, Instant now) {
    this.passwordHash = passwordHash;
    this.updatedAt = now;
  }

  public void assign(Role role, String branchCode, Instant now) {
    this.role = role;
    this.branchCode = BranchScope.of(role).hasBranch() ? branchCode : null;
    this.updatedAt = now;
  }

  public void setActive(boolean active, Instant now) {
    this.active = active;
    this.updatedAt = now;
  }

  /** Stores a new secret that becomes effective only once a code made from it is confirmed. */
  public void startMfaEnrolment(String secret, Instant now) {
    this.mfaSecret = secret;
    this.mfaEnabled = false;
    this.recoveryCodes = null;
    this.mfaLastStep = null;
    this.updatedAt = now;
  }

  public void enableMfa(List<String> recoveryCodeHashes, Instant now) {
    this.mfaEnabled = true;
    this.recoveryCodes = String.join(",", recoveryCodeHashes);
    this.updatedAt = now;
  }

  public void disableMfa(Instant now) {
    this.mfaEnabled = false;
    this.mfaSecret = null;
    this.recoveryCodes = null;
    this.mfaLastStep = null;
    this.updatedAt = now;
  }

  /**
   * Uses up the one-time code of time step {@code step}: a code is good once, so a code of this step
   * or of an earlier one (seen by someone looking over a shoulder) is refused.
   */
  public boolean useOneTimeCodeStep(long step, Instant now) {
    if (mfaLastStep != null && step <= mfaLastStep) {
      return false;
    }
    mfaLastStep = step;
    updatedAt = now;
    return true;
  }

  /** Uses up a recovery code; answers false when it is not one of the unused codes. */
  public boolean consumeRecoveryCode(String codeHash, Instant now) {
    if (recoveryCodes == null || recoveryCodes.isEmpty()) {
      return false;
    }
    List<String> left = new ArrayList<>(Arrays.asList(recoveryCodes.split(",")));
    if (!left.remove(codeHash)) {
      return false;
    }
    recoveryCodes = String.join(",", left);
    updatedAt = now;
    return true;
  }

  public int recoveryCodesLeft() {
    return recoveryCodes == null || recoveryCodes.isEmpty() ? 0 : recoveryCodes.split(",").length;
  }

  public long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return role;
  }

  public String branchCode() {
    return branchCode;
  }

  public String mobile() {
    return mobile;
  }

  public boolean isActive() {
    return active;
  }

  public String mfaSecret() {
    return mfaSecret;
  }

  public boolean isMfaEnabled() {
    return mfaEnabled;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
