-- A club's own SMS line (plan feature C6): at most one row. The API key is encrypted at rest with the
-- platform's field key (kernel FieldCipher, "v1:" values); revision changes with every save, so a
-- node that built a gateway from an older row knows to build it again.
CREATE TABLE sms_gateway (
  id          TINYINT       NOT NULL PRIMARY KEY,
  provider    VARCHAR(16)   NOT NULL,
  api_key     VARCHAR(1024) NOT NULL,
  sender      VARCHAR(20)   NULL,
  base_url    VARCHAR(300)  NULL,
  revision    BIGINT        NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  CONSTRAINT ck_sms_gateway_one CHECK (id = 1),
  CONSTRAINT ck_sms_gateway_provider CHECK (provider IN ('kavenegar', 'smsir'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which line took a message (the platform's or the club's own), so that its delivery report is asked
-- of the same line; and when its report is next asked for (NULL: not asked, or no longer). Only SENT
-- SMS with a provider's id ever have one, so the index holds just the messages still waiting for word.
ALTER TABLE message
  ADD COLUMN line VARCHAR(8) NULL AFTER provider,
  ADD COLUMN report_due_at DATETIME(6) NULL AFTER delivered_at,
  ADD CONSTRAINT ck_message_line CHECK (line IN ('PLATFORM', 'CLUB')),
  ADD KEY ix_message_report (report_due_at);

-- Messages sent before reports existed went through the platform's line; the young ones are asked too.
UPDATE message SET line = 'PLATFORM' WHERE status IN ('SENT', 'DELIVERED', 'FAILED') AND provider IS NOT NULL;
UPDATE message SET report_due_at = sent_at
  WHERE status = 'SENT' AND channel = 'SMS' AND provider_message_id IS NOT NULL AND sent_at >= UTC_TIMESTAMP(6) - INTERVAL 3 DAY;
