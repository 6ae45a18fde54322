-- The platform operators' sessions, as staff_session is for a club's staff.
CREATE TABLE platform_session (
  id              BIGINT       NOT NULL PRIMARY KEY,
  user_id         BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  expires_at      DATETIME(6)  NOT NULL,
  client_address  VARCHAR(64)  NULL,
  user_agent      VARCHAR(200) NULL,
  ended_at        DATETIME(6)  NULL,
  end_reason      VARCHAR(40)  NULL,
  KEY ix_platform_session_user (user_id, ended_at),
  KEY ix_platform_session_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Recent wrong attempts (passwords, one-time codes) per account, client address and browser, for
-- every club and the platform alike; keys are hashes, so no username or address is kept here.
CREATE TABLE login_throttle (
  throttle_key     VARCHAR(70)  NOT NULL PRIMARY KEY,
  failures         INT          NOT NULL,
  blocked_until    DATETIME(6)  NULL,
  last_charged_at  DATETIME(6)  NULL,
  updated_at       DATETIME(6)  NOT NULL,
  KEY ix_login_throttle_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

ALTER TABLE platform_user
  DROP COLUMN failed_logins,
  DROP COLUMN locked_until;
