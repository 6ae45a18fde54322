-- Per-tenant feature overrides (P2): a row wins over the tenant's plan; no row means "as the plan says".
CREATE TABLE tenant_feature (
  tenant_slug VARCHAR(32)  NOT NULL,
  code        VARCHAR(8)   NOT NULL,
  enabled     BOOLEAN      NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  updated_by  VARCHAR(128) NOT NULL,
  PRIMARY KEY (tenant_slug, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
