package ir.bashgah.security.domain.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A terminal's API key. The key itself is {@code bgk_<tenant>_<keyId>_<secret>}: the tenant and id say
 * where to look, and only a SHA-256 of the 256-bit random secret is stored (a slow KDF buys nothing
 * for a secret that cannot be guessed, and would cost every POS call).
 */
@Entity
@Table(name = "api_key")
public class ApiKey {
  @Id
  @Column(name = "key_id")
  private String keyId;

  @Column(name = "secret_hash", nullable = false, updatable = false)
  private String secretHash;

  @Column(name = "branch_code", nullable = false, updatable = false)
  private String branchCode;

  @Column(name = "terminal_id", nullable = false, updatable = false)
  private String terminalId;

  @Column(nullable = false)
  private String label;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiKey() {}

  public ApiKey(String keyId, String secretHash, String branchCode, String terminalId, String label, Instant now) {
    this.keyId = keyId;
    this.secretHash = secretHash;
    this.branchCode = branchCode;
    this.terminalId = terminalId;
    this.label = label;
    this.createdAt = now;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public String keyId() {
    return keyId;
  }

  public String secretHash() {
    return secretHash;
  }

  public String branchCode() {
    return branchCode;
  }

  public String terminalId() {
    return terminalId;
  }

  public String label() {
    return label;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
