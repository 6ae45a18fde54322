-- The platform audit log (platform actions, and actions on a tenant from outside it): append only. Corrections are new entries, never edits.
CREATE TABLE audit_entry (
  id           BIGINT       NOT NULL PRIMARY KEY,
  occurred_at  DATETIME(6)  NOT NULL,
  tenant_slug  VARCHAR(32)  NULL,
  actor_kind   VARCHAR(20)  NOT NULL,
  actor_id     VARCHAR(64)  NOT NULL,
  actor_name   VARCHAR(128) NOT NULL,
  action       VARCHAR(64)  NOT NULL,
  target_type  VARCHAR(64)  NULL,
  target_id    VARCHAR(128) NULL,
  before_state LONGTEXT     NULL,
  after_state  LONGTEXT     NULL,
  request_id   VARCHAR(64)  NULL,
  client_ip    VARCHAR(64)  NULL,
  KEY ix_audit_entry_time (occurred_at),
  KEY ix_audit_entry_action (action, occurred_at),
  KEY ix_audit_entry_target (target_type, target_id),
  KEY ix_audit_entry_tenant (tenant_slug, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
