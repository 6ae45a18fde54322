-- Segments (saved member filters) and sends to them (issue 12, bulk sends; docs/messaging.md).
CREATE TABLE message_segment (
  code                  VARCHAR(40)   NOT NULL PRIMARY KEY,
  name                  VARCHAR(100)  NOT NULL,
  group_code            VARCHAR(40)   NULL,
  level_code            VARCHAR(20)   NULL,
  tag                   VARCHAR(40)   NULL,
  -- Tehran days: no purchase on or after last_purchase_before; a purchase on or after last_purchase_after
  last_purchase_before  DATE          NULL,
  last_purchase_after   DATE          NULL,
  created_at            DATETIME(6)   NOT NULL,
  updated_at            DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A send to a segment writes its members' rows in chunks after the request (a million members do not
-- fit one request): the filter as it was when sent, and how far the writing has come (member ids in
-- order). expanded_through NULL with segment_filter set means not started; expansion_done when all are written.
ALTER TABLE message_batch
  ADD COLUMN segment_filter    VARCHAR(1000) NULL AFTER segment_code,
  ADD COLUMN expanded_through  BIGINT        NULL AFTER segment_filter,
  ADD COLUMN expansion_done    BOOLEAN       NOT NULL DEFAULT TRUE AFTER expanded_through,
  ADD KEY ix_message_batch_expanding (expansion_done);

-- One message per member per batch: a chunk written again after a crash adds nothing.
ALTER TABLE message ADD CONSTRAINT uq_message_batch_member UNIQUE (batch_id, member_id);
