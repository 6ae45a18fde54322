-- The invoice link a member gets by SMS after a purchase (C3, issue 13): a token of 128 random bits
-- that opens the invoice's page without logging in. Only the token's SHA-256 is kept, so the table
-- cannot be read back into working links. Written with the invoice's COMMIT (no round trip of its
-- own), with the balances the invoice left the member with, for the page's "new balance".
CREATE TABLE invoice_link (
  invoice_id   BIGINT      NOT NULL PRIMARY KEY,
  token_hash   BINARY(32)  NOT NULL,
  points_after BIGINT      NOT NULL,
  credit_after BIGINT      NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  CONSTRAINT uq_invoice_link_token UNIQUE (token_hash)
) ENGINE = InnoDB;
