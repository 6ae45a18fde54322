-- Answers of idempotent writes, stored in the transaction of the write itself (POS-API.md, Conventions).
CREATE TABLE idempotency_key (
  idem_key     VARCHAR(64)  NOT NULL PRIMARY KEY,
  scope        VARCHAR(300) NOT NULL,
  request_hash CHAR(64)     NOT NULL,
  status       INT          NULL,
  body         LONGTEXT     NULL,
  location     VARCHAR(1000) NULL,
  created_at   DATETIME(6)  NOT NULL,
  KEY ix_idempotency_key_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
