-- Returns of sold goods (L5): what came back, and what of the invoice's points and credit went with it.
CREATE TABLE invoice_return (
  id              BIGINT      NOT NULL PRIMARY KEY,
  invoice_id      BIGINT      NOT NULL,
  return_number   VARCHAR(64) NOT NULL,
  returned_value  BIGINT      NOT NULL,
  points_reversed BIGINT      NOT NULL,
  credit_reversed BIGINT      NOT NULL,
  credit_refunded BIGINT      NOT NULL,
  created_at      DATETIME(6) NOT NULL,
  CONSTRAINT uq_invoice_return UNIQUE (invoice_id, return_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE invoice_return_line (
  return_id BIGINT      NOT NULL,
  sku       VARCHAR(64) NOT NULL,
  quantity  BIGINT      NOT NULL,
  PRIMARY KEY (return_id, sku)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
