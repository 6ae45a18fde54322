-- Programmes (L2, L6, L9, L10, T1-T4): each is one rules document (JSON) with a version; NULL rules
-- are the default programme of POS-API.md as the code defines it (DefaultProgramme), so a new club
-- needs nothing configured. This replaces the one-row programme and level_rule tables.
CREATE TABLE loyalty_programme (
  id          BIGINT       NOT NULL PRIMARY KEY,
  code        VARCHAR(40)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  is_default  BOOLEAN      NOT NULL,
  rules       LONGTEXT     NULL,
  version     BIGINT       NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_loyalty_programme_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO loyalty_programme VALUES (1, 'default', 'برنامه‌ی پایه', TRUE, NULL, 1, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
DROP TABLE programme;
DROP TABLE level_rule;

-- A member's programme, level, the window it was ranked on, and the end of his grace period when
-- he has fallen below his level.
ALTER TABLE member_standing
  ADD COLUMN programme_code   VARCHAR(40) NOT NULL DEFAULT 'default' AFTER member_id,
  ADD COLUMN purchases        BIGINT      NOT NULL DEFAULT 0,
  ADD COLUMN window_points    BIGINT      NOT NULL DEFAULT 0,
  ADD COLUMN downgrade_due_at DATETIME(6) NULL,
  ADD KEY ix_member_standing_programme (programme_code, level_code);

-- Pending earnings (a return window) live in their own bucket of the balance, entry by entry.
ALTER TABLE ledger_entry ADD COLUMN bucket VARCHAR(10) NOT NULL DEFAULT 'AVAILABLE' AFTER asset;
ALTER TABLE lot
  ADD COLUMN pending BOOLEAN NOT NULL DEFAULT FALSE AFTER remaining,
  ADD KEY ix_lot_entry (entry_id),
  ADD KEY ix_lot_expiry (expires_at),
  ADD KEY ix_lot_release (pending, available_at);
ALTER TABLE lot_draw ADD KEY ix_lot_draw_lot (lot_id);

-- What an invoice earned where (its own lots come back first on a return), its value for ranking,
-- and how much of it has been returned (for the level window).
ALTER TABLE invoice
  ADD COLUMN programme_code  VARCHAR(40) NULL,
  ADD COLUMN points_entry_id BIGINT      NULL,
  ADD COLUMN credit_entry_id BIGINT      NULL,
  ADD COLUMN cashback        BIGINT      NOT NULL DEFAULT 0,
  ADD COLUMN level_value     BIGINT      NOT NULL DEFAULT 0,
  ADD COLUMN returned_total  BIGINT      NOT NULL DEFAULT 0;
UPDATE invoice SET level_value = total, programme_code = 'default';
UPDATE invoice i JOIN ledger_entry e
    ON e.member_id = i.member_id AND e.source_type = 'invoice' AND e.source_id = i.invoice_number AND e.kind = 'EARN' AND e.asset = 'POINTS'
  SET i.points_entry_id = e.id;
UPDATE invoice i JOIN (SELECT invoice_id, SUM(returned_value) v FROM invoice_return GROUP BY invoice_id) r ON r.invoice_id = i.id
  SET i.returned_total = r.v;

-- A return forgives what of the sale's points or credit had already expired (the member lost it).
ALTER TABLE invoice_return
  ADD COLUMN points_forgiven BIGINT NOT NULL DEFAULT 0,
  ADD COLUMN credit_forgiven BIGINT NOT NULL DEFAULT 0;

-- Points converted to credit at the member's group's rate (L1).
CREATE TABLE conversion (
  id          BIGINT       NOT NULL PRIMARY KEY,
  member_id   BIGINT       NOT NULL,
  points      BIGINT       NOT NULL,
  credit      BIGINT       NOT NULL,
  rate_points BIGINT       NOT NULL,
  rate_rials  BIGINT       NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  actor       VARCHAR(160) NOT NULL,
  KEY ix_conversion_member (member_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Points or credit moved from one member to another (L8).
CREATE TABLE balance_transfer (
  id             BIGINT       NOT NULL PRIMARY KEY,
  from_member_id BIGINT       NOT NULL,
  to_member_id   BIGINT       NOT NULL,
  asset          VARCHAR(10)  NOT NULL,
  amount         BIGINT       NOT NULL,
  reason         VARCHAR(500) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  actor          VARCHAR(160) NOT NULL,
  KEY ix_transfer_from (from_member_id, created_at),
  KEY ix_transfer_to (to_member_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Runs of the consistency check: every balance against the sum of its entries and of its lots.
CREATE TABLE ledger_check (
  id           BIGINT      NOT NULL PRIMARY KEY,
  started_at   DATETIME(6) NOT NULL,
  finished_at  DATETIME(6) NOT NULL,
  balances     BIGINT      NOT NULL,
  differences  BIGINT      NOT NULL,
  detail       LONGTEXT    NULL,
  KEY ix_ledger_check_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
