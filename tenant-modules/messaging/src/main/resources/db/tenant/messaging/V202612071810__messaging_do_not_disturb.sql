-- Numbers that block advertising SMS (the operators' do-not-disturb list), as the gateways reported
-- them: a later marketing message to one goes over the service line (plan feature C2) or is
-- suppressed, rather than paid for and blocked again. A block older than 90 days is asked again.
CREATE TABLE sms_blocked_number (
  mobile    VARCHAR(20)  NOT NULL PRIMARY KEY,
  found_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The account's service line, for those numbers (C2).
ALTER TABLE sms_gateway ADD COLUMN service_sender VARCHAR(20) NULL AFTER sender;

-- A message sent again over the service line after its number turned out blocked: the localid of
-- that second send (the first one's is the row's id, which Kavenegar would not take twice).
ALTER TABLE message ADD COLUMN service_local_id BIGINT NULL AFTER provider_message_id;
