-- Templates, automatic messages and consent (issue 12, second step; docs/messaging.md).

-- A message of a batch or of an automation is composed when it is sent, from its template (or the
-- batch's text), the values its event left in params and the member's standing then; recipient and
-- text are filled in at that moment and kept, so the member's history shows what he received.
ALTER TABLE message
  MODIFY recipient VARCHAR(320) NULL,
  MODIFY text TEXT NULL,
  ADD COLUMN template_code VARCHAR(40) NULL AFTER text,
  ADD COLUMN params VARCHAR(2000) NULL AFTER template_code,
  ADD COLUMN trigger_name VARCHAR(20) NULL AFTER params;

-- What a staff send asked for, once per batch rather than once per member.
CREATE TABLE message_batch (
  id             BIGINT        NOT NULL PRIMARY KEY,
  channel        VARCHAR(8)    NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  template_code  VARCHAR(40)   NULL,
  text           TEXT          NULL,
  subject        VARCHAR(200)  NULL,
  segment_code   VARCHAR(40)   NULL,
  send_at        DATETIME(6)   NOT NULL,
  recipients     INT           NOT NULL,
  suppressed     INT           NOT NULL,
  created_by     VARCHAR(100)  NULL,
  created_at     DATETIME(6)   NOT NULL,
  CONSTRAINT ck_message_batch_channel CHECK (channel IN ('SMS', 'EMAIL', 'PUSH')),
  CONSTRAINT ck_message_batch_what CHECK (template_code IS NOT NULL OR text IS NOT NULL),
  KEY ix_message_batch_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE message_template (
  code        VARCHAR(40)   NOT NULL PRIMARY KEY,
  channel     VARCHAR(8)    NOT NULL,
  text        TEXT          NOT NULL,
  subject     VARCHAR(200)  NULL,
  created_at  DATETIME(6)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  CONSTRAINT ck_message_template_channel CHECK (channel IN ('SMS', 'EMAIL', 'PUSH'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per trigger the club has set up; a trigger without a row sends nothing.
CREATE TABLE message_automation (
  trigger_name   VARCHAR(20)   NOT NULL PRIMARY KEY,
  enabled        BOOLEAN       NOT NULL,
  channel        VARCHAR(8)    NOT NULL,
  template_code  VARCHAR(40)   NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  CONSTRAINT fk_message_automation_template FOREIGN KEY (template_code) REFERENCES message_template (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member without a row has consented to every channel (he gave his mobile to the club to hear
-- from it); a row records what he changed.
CREATE TABLE message_consent (
  member_id   BIGINT       NOT NULL PRIMARY KEY,
  sms         BOOLEAN      NOT NULL,
  email       BOOLEAN      NOT NULL,
  push        BOOLEAN      NOT NULL,
  updated_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The club's messaging settings, one row; without it quiet hours are 22:00-08:00 Tehran time.
CREATE TABLE message_settings (
  id           TINYINT   NOT NULL PRIMARY KEY,
  quiet_from   TIME      NOT NULL,
  quiet_until  TIME      NOT NULL,
  updated_at   DATETIME(6) NOT NULL,
  CONSTRAINT ck_message_settings_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
