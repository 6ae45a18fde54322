-- The ledger (L1, L5, L7): every change of points or credit is an entry; earned amounts are lots
-- spent oldest-first, each spend linked to the lots it drew from; a balance row per member and asset
-- makes reads O(1) and is changed only under its row lock, in the entry's transaction.
CREATE TABLE balance (
  member_id  BIGINT      NOT NULL,
  asset      VARCHAR(10) NOT NULL,
  available  BIGINT      NOT NULL,
  pending    BIGINT      NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (member_id, asset)
) ENGINE = InnoDB;

CREATE TABLE ledger_entry (
  id            BIGINT       NOT NULL PRIMARY KEY,
  member_id     BIGINT       NOT NULL,
  asset         VARCHAR(10)  NOT NULL,
  amount        BIGINT       NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  source_type   VARCHAR(30)  NOT NULL,
  source_id     VARCHAR(64)  NULL,
  reason        VARCHAR(500) NULL,
  balance_after BIGINT       NOT NULL,
  occurred_at   DATETIME(6)  NOT NULL,
  actor         VARCHAR(160) NOT NULL,
  KEY ix_ledger_entry_member (member_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lot (
  id           BIGINT      NOT NULL PRIMARY KEY,
  member_id    BIGINT      NOT NULL,
  asset        VARCHAR(10) NOT NULL,
  entry_id     BIGINT      NOT NULL,
  original     BIGINT      NOT NULL,
  remaining    BIGINT      NOT NULL,
  earned_at    DATETIME(6) NOT NULL,
  available_at DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NULL,
  KEY ix_lot_open (member_id, asset, remaining, earned_at)
) ENGINE = InnoDB;

CREATE TABLE lot_draw (
  entry_id BIGINT NOT NULL,
  lot_id   BIGINT NOT NULL,
  amount   BIGINT NOT NULL,
  PRIMARY KEY (entry_id, lot_id)
) ENGINE = InnoDB;
