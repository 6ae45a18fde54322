-- Credit spent at a till (L3): spent at once, under the balance lock; cancellable until an invoice uses it.
CREATE TABLE redemption (
  id             BIGINT       NOT NULL PRIMARY KEY,
  member_id      BIGINT       NOT NULL,
  amount         BIGINT       NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  entry_id       BIGINT       NOT NULL,
  branch_code    VARCHAR(32)  NULL,
  terminal_id    VARCHAR(32)  NULL,
  invoice_number VARCHAR(64)  NULL,
  created_at     DATETIME(6)  NOT NULL,
  cancelled_at   DATETIME(6)  NULL,
  version        BIGINT       NOT NULL,
  KEY ix_redemption_member (member_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
