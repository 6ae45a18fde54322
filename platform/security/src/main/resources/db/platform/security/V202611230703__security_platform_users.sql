-- The platform's own operators (the 'admin' of POS-API.md) and the platform's secrets.
CREATE TABLE platform_user (
  id              BIGINT       NOT NULL PRIMARY KEY,
  username        VARCHAR(40)  NOT NULL,
  password_hash   VARCHAR(255) NOT NULL,
  failed_logins   INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME(6)  NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT uq_platform_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Secrets every node must share (the token signing key), created once by the first node.
CREATE TABLE platform_secret (
  name       VARCHAR(64)  NOT NULL PRIMARY KEY,
  value      VARCHAR(512) NOT NULL,
  created_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
