-- Imports of members with opening points and credit from CSV and XLSX files (M1, L7, P10). One row
-- per upload with its progress; the rows that could not be imported, each with the field at fault.
-- idem_key: the client's Idempotency-Key (compared byte for byte), file_sha256: what it was sent with.
CREATE TABLE member_import (
  id           BIGINT        NOT NULL PRIMARY KEY,
  file_name    VARCHAR(200)  NULL,
  file_kind    VARCHAR(10)   NOT NULL,
  file_sha256  CHAR(64)      NOT NULL,
  file_bytes   BIGINT        NOT NULL,
  idem_key     VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NULL,
  status       VARCHAR(10)   NOT NULL,
  rows_read    BIGINT        NOT NULL DEFAULT 0,
  imported     BIGINT        NOT NULL DEFAULT 0,
  failed       BIGINT        NOT NULL DEFAULT 0,
  message      VARCHAR(1000) NULL,
  actor        VARCHAR(160)  NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  started_at   DATETIME(6)   NULL,
  finished_at  DATETIME(6)   NULL,
  CONSTRAINT uq_member_import_key UNIQUE (idem_key),
  KEY ix_member_import_created (created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member_import_error (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  import_id  BIGINT       NOT NULL,
  row_no     BIGINT       NOT NULL,
  field      VARCHAR(40)  NOT NULL,
  message    VARCHAR(500) NOT NULL,
  CONSTRAINT fk_member_import_error_import FOREIGN KEY (import_id) REFERENCES member_import (id),
  KEY ix_member_import_error_row (import_id, row_no, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
