-- The club's branches and the POS terminals in them (POS-API.md, Branches and terminals).
CREATE TABLE branch (
  id         BIGINT       NOT NULL PRIMARY KEY,
  code       VARCHAR(32)  NOT NULL,
  name       VARCHAR(200) NOT NULL,
  active     BOOLEAN      NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  updated_at DATETIME(6)  NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT uq_branch_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE terminal (
  id          BIGINT       NOT NULL PRIMARY KEY,
  branch_id   BIGINT       NOT NULL,
  name        VARCHAR(200) NOT NULL,
  active      BOOLEAN      NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  revoked_at  DATETIME(6)  NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT fk_terminal_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
  KEY ix_terminal_branch (branch_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
