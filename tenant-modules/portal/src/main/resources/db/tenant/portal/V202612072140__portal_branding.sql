-- How the club's member portal looks (CP2, plan codes J1-J3): one row, made on the first change. The
-- logo (every plan) and the app icon (J1) are kept here, small images served by the portal's pages;
-- the club's own domain is in the platform's catalogue (tenant_domain), where hosts are unique.
CREATE TABLE portal_branding (
  id               TINYINT      NOT NULL PRIMARY KEY,
  display_name     VARCHAR(100) NULL,
  primary_color    CHAR(7)      NOT NULL,
  background_color CHAR(7)      NOT NULL,
  template         VARCHAR(20)  NOT NULL,
  address          VARCHAR(300) NULL,
  instagram        VARCHAR(200) NULL,
  telegram         VARCHAR(200) NULL,
  whatsapp         VARCHAR(200) NULL,
  website          VARCHAR(300) NULL,
  logo             MEDIUMBLOB   NULL,
  logo_type        VARCHAR(30)  NULL,
  icon_512         MEDIUMBLOB   NULL,
  icon_192         MEDIUMBLOB   NULL,
  version          BIGINT       NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  CONSTRAINT ck_portal_branding_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
