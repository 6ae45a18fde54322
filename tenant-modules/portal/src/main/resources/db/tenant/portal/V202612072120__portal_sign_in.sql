-- Sign-in to the member portal by a one-time code sent by SMS (CP1, API-2.md "Member portal").
-- A row per request, member or not (the answer reveals nothing, so the work is the same): the code and
-- the login link carried by the same SMS are kept only as keyed hashes; a code is good for 2 minutes,
-- 5 guesses and one sign-in, the link for 10 minutes and one sign-in.
CREATE TABLE portal_login_code (
  id             BIGINT      NOT NULL PRIMARY KEY,
  mobile_index   CHAR(64)    NOT NULL,
  member_id      BIGINT      NULL,
  code_hash      CHAR(64)    NULL,
  link_hash      CHAR(64)    NULL,
  created_at     DATETIME(6) NOT NULL,
  code_expires_at DATETIME(6) NOT NULL,
  link_expires_at DATETIME(6) NOT NULL,
  attempts       INT         NOT NULL DEFAULT 0,
  used_at        DATETIME(6) NULL,
  client_address VARCHAR(64) NULL,
  KEY ix_portal_login_code_mobile (mobile_index, created_at),
  KEY ix_portal_login_code_expiry (created_at),
  CONSTRAINT uq_portal_login_link UNIQUE (link_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Requests per mobile and per client address in the current hour: the counter row is locked by the
-- request that counts, so many at once never pass the limit by one.
CREATE TABLE portal_login_quota (
  quota_key         VARCHAR(100) NOT NULL PRIMARY KEY,
  window_started_at DATETIME(6)  NOT NULL,
  used              INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
