-- A message's recipient (a mobile, an email address, a chat) is encrypted at rest like the member's
-- own mobile (kernel FieldCipher, "v1:" values; rows written before stay readable as they are), so
-- the column grows to hold the sealed value of an address of 320 characters.
ALTER TABLE message MODIFY recipient VARCHAR(600) NULL;

-- Blocked numbers by their keyed hash, like members' mobile_index; the list is a cache of what the
-- gateways said, so what was kept in clear is dropped rather than carried over (a number is learnt
-- again at its next blocked send).
DROP TABLE sms_blocked_number;
CREATE TABLE sms_blocked_number (
  mobile_index  CHAR(64)     NOT NULL PRIMARY KEY,
  found_at      DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
