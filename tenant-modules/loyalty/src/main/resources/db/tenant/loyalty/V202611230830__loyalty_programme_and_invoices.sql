-- The programme a new club starts with (POS-API.md, The default programme): 1 point per 10,000 IRR
-- paid by other means than CREDIT, no coefficients, no credit earned, points never expire; levels
-- Bronze, Silver (20,000,000 IRR of purchases in 180 days) and Gold (100,000,000).
CREATE TABLE programme (
  id                TINYINT      NOT NULL PRIMARY KEY,
  name              VARCHAR(100) NOT NULL,
  rials_per_point   BIGINT       NOT NULL,
  earning_methods   VARCHAR(100) NOT NULL,
  level_window_days INT          NOT NULL,
  updated_at        DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO programme VALUES (1, 'Default', 10000, 'CASH,CARD,ONLINE', 180, UTC_TIMESTAMP(6));

CREATE TABLE level_rule (
  code         VARCHAR(20) NOT NULL PRIMARY KEY,
  name_fa      VARCHAR(60) NOT NULL,
  min_turnover BIGINT      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO level_rule VALUES ('BRONZE', 'برنزی', 0), ('SILVER', 'نقره‌ای', 20000000), ('GOLD', 'طلایی', 100000000);

-- A member's level and the turnover it was computed from, kept current after every invoice.
CREATE TABLE member_standing (
  member_id  BIGINT      NOT NULL PRIMARY KEY,
  level_code VARCHAR(20) NOT NULL,
  turnover   BIGINT      NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE = InnoDB;

CREATE TABLE invoice (
  id              BIGINT      NOT NULL PRIMARY KEY,
  branch_code     VARCHAR(32) NOT NULL,
  invoice_number  VARCHAR(64) NOT NULL,
  member_id       BIGINT      NOT NULL,
  issued_at       DATETIME(6) NOT NULL,
  sale_type       VARCHAR(30) NULL,
  total           BIGINT      NOT NULL,
  eligible        BIGINT      NOT NULL,
  points_earned   BIGINT      NOT NULL,
  credit_earned   BIGINT      NOT NULL,
  credit_redeemed BIGINT      NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  CONSTRAINT uq_invoice_number UNIQUE (branch_code, invoice_number),
  KEY ix_invoice_member (member_id, issued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice_line (
  invoice_id    BIGINT       NOT NULL,
  line_no       INT          NOT NULL,
  sku           VARCHAR(64)  NOT NULL,
  name          VARCHAR(200) NULL,
  product_group VARCHAR(64)  NOT NULL,
  quantity      BIGINT       NOT NULL,
  unit_price    BIGINT       NOT NULL,
  line_total    BIGINT       NOT NULL,
  PRIMARY KEY (invoice_id, line_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice_payment (
  invoice_id BIGINT      NOT NULL,
  line_no    INT         NOT NULL,
  method     VARCHAR(10) NOT NULL,
  amount     BIGINT      NOT NULL,
  PRIMARY KEY (invoice_id, line_no)
) ENGINE = InnoDB;
