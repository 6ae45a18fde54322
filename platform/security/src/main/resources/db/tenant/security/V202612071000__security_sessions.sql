-- Sessions (one per sign-in): an access token is honoured only while its session is open, so a
-- deactivation, a role change or a password change can end a user's tokens at once.
CREATE TABLE staff_session (
  id              BIGINT       NOT NULL PRIMARY KEY,
  user_id         BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  expires_at      DATETIME(6)  NOT NULL,
  client_address  VARCHAR(64)  NULL,
  user_agent      VARCHAR(200) NULL,
  ended_at        DATETIME(6)  NULL,
  end_reason      VARCHAR(40)  NULL,
  KEY ix_staff_session_user (user_id, ended_at),
  KEY ix_staff_session_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Wrong passwords are now counted per account and client address in the platform's login_throttle
-- (growing delays instead of a lockout anyone could trigger); the account's own count goes.
ALTER TABLE staff_user
  DROP COLUMN failed_logins,
  DROP COLUMN locked_until,
  -- The time step of the last one-time code accepted: a code is good once, not for its whole 30 s.
  ADD COLUMN mfa_last_step BIGINT NULL AFTER recovery_codes;
