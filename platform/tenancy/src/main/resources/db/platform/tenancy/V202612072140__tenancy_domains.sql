-- A club's own domain for its member portal (issue 13, CP2 / plan code J3): requests for the host are
-- routed to that club's portal. One host names one club and a club has at most one host.
CREATE TABLE tenant_domain (
  host       VARCHAR(253) NOT NULL PRIMARY KEY,
  slug       VARCHAR(32)  NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  CONSTRAINT uq_tenant_domain_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
