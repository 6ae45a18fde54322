-- The tenant catalog (P1): one row per club, where its schema lives and how far it is migrated.
CREATE TABLE tenant (
  id              BIGINT       NOT NULL PRIMARY KEY,
  slug            VARCHAR(32)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  plan            VARCHAR(20)  NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  branding        LONGTEXT     NULL,
  schema_name     VARCHAR(64)  NOT NULL,
  db_server       VARCHAR(64)  NOT NULL,
  schema_version  VARCHAR(32)  NULL,
  migration_error VARCHAR(2000) NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT uq_tenant_slug UNIQUE (slug),
  CONSTRAINT uq_tenant_schema UNIQUE (schema_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
