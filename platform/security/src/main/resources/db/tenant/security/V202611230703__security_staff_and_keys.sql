-- The tenant's staff (P3): one row per person, with one role; a branch manager also has a branch.
CREATE TABLE staff_user (
  id              BIGINT       NOT NULL PRIMARY KEY,
  username        VARCHAR(40)  NOT NULL,
  password_hash   VARCHAR(255) NOT NULL,
  role            VARCHAR(20)  NOT NULL,
  branch_code     VARCHAR(32)  NULL,
  mobile          VARCHAR(100) NULL,
  active          BOOLEAN      NOT NULL,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME(6)  NULL,
  mfa_secret      VARCHAR(200) NULL,
  mfa_enabled     BOOLEAN      NOT NULL DEFAULT FALSE,
  recovery_codes  VARCHAR(2000) NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT uq_staff_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- API keys of POS terminals and integrations. Only a hash of the secret part is kept.
CREATE TABLE api_key (
  key_id       VARCHAR(16)  NOT NULL PRIMARY KEY,
  secret_hash  VARCHAR(64)  NOT NULL,
  branch_code  VARCHAR(32)  NOT NULL,
  terminal_id  VARCHAR(32)  NOT NULL,
  label        VARCHAR(200) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  revoked_at   DATETIME(6)  NULL,
  KEY ix_api_key_terminal (terminal_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
