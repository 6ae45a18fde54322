-- The club's outbox (docs/decisions/0006-messaging-outbox.md): one row per message, written in the
-- transaction of the event that caused it, delivered by the message-delivery job.
CREATE TABLE message (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  batch_id            BIGINT        NULL,
  member_id           BIGINT        NULL,
  channel             VARCHAR(8)    NOT NULL,
  recipient           VARCHAR(320)  NOT NULL,
  text                TEXT          NOT NULL,
  kind                VARCHAR(16)   NOT NULL,
  status              VARCHAR(16)   NOT NULL,
  attempts            INT           NOT NULL DEFAULT 0,
  -- when a QUEUED row is due; for a SENDING row, when its lease ends (the same claim finds both)
  next_attempt_at     DATETIME(6)   NOT NULL,
  lease_until         DATETIME(6)   NULL,
  provider            VARCHAR(32)   NULL,
  provider_message_id VARCHAR(64)   NULL,
  -- Rial, as the gateway charged it; NULL when the gateway does not say in Rial
  cost                BIGINT        NULL,
  last_error          VARCHAR(500)  NULL,
  created_at          DATETIME(6)   NOT NULL,
  sent_at             DATETIME(6)   NULL,
  delivered_at        DATETIME(6)   NULL,
  CONSTRAINT ck_message_channel CHECK (channel IN ('SMS', 'EMAIL', 'PUSH')),
  CONSTRAINT ck_message_kind CHECK (kind IN ('TRANSACTIONAL', 'MARKETING')),
  CONSTRAINT ck_message_status CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'SUPPRESSED')),
  KEY ix_message_due (status, next_attempt_at),
  KEY ix_message_batch (batch_id, status),
  KEY ix_message_member (member_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
