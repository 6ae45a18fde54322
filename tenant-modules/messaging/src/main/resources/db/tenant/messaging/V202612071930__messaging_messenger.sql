-- Messengers (plan feature C8; docs/messaging.md, "Messengers"): a fourth channel, the club's bot on a
-- Telegram-compatible bot API (Telegram, Bale), and which member is reached in which chat.

-- 'MESSENGER' is nine characters: the channel columns grow (the same length byte, so InnoDB widens
-- them in place, the claim index included) and their checks name it.
ALTER TABLE message
  MODIFY channel VARCHAR(16) NOT NULL,
  DROP CONSTRAINT ck_message_channel,
  ADD CONSTRAINT ck_message_channel CHECK (channel IN ('SMS', 'EMAIL', 'PUSH', 'MESSENGER'));
ALTER TABLE message_batch
  MODIFY channel VARCHAR(16) NOT NULL,
  DROP CONSTRAINT ck_message_batch_channel,
  ADD CONSTRAINT ck_message_batch_channel CHECK (channel IN ('SMS', 'EMAIL', 'PUSH', 'MESSENGER'));
ALTER TABLE message_template
  MODIFY channel VARCHAR(16) NOT NULL,
  DROP CONSTRAINT ck_message_template_channel,
  ADD CONSTRAINT ck_message_template_channel CHECK (channel IN ('SMS', 'EMAIL', 'PUSH', 'MESSENGER'));
ALTER TABLE message_automation MODIFY channel VARCHAR(16) NOT NULL;

-- Like the other channels, a member has consented until he says otherwise.
ALTER TABLE message_consent ADD COLUMN messenger BOOLEAN NOT NULL DEFAULT TRUE AFTER push;

-- The club's bot, at most one row. The token is the bot's whole credential (it goes in the path of
-- every request): encrypted with the platform's field key (kernel FieldCipher, "v1:" values).
-- bot_id and username are what getMe answered when it was saved; update_offset is the next update
-- getUpdates asks for (the offset moves only after the updates before it were handled and stored);
-- token_refused_at is set when the bot API refused the token (401) since it was saved, and then the
-- club's messages wait for a new token instead of being tried and failed; poll_failure says why the
-- last reading of updates got nothing (the API unreachable, a webhook set on the bot), since when.
CREATE TABLE messenger_bot (
  id                TINYINT        NOT NULL PRIMARY KEY,
  token             VARCHAR(1024)  NOT NULL,
  base_url          VARCHAR(300)   NOT NULL,
  bot_id            BIGINT         NOT NULL,
  username          VARCHAR(64)    NOT NULL,
  revision          BIGINT         NOT NULL,
  update_offset     BIGINT         NOT NULL DEFAULT 0,
  token_refused_at  DATETIME(6)    NULL,
  token_refusal     VARCHAR(300)   NULL,
  poll_failed_at    DATETIME(6)    NULL,
  poll_failure      VARCHAR(300)   NULL,
  updated_at        DATETIME(6)    NOT NULL,
  CONSTRAINT ck_messenger_bot_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member reached in a chat of the club's bot: he sent /start and shared his own number. One chat per
-- member and one member per chat (a chat that links another member leaves the first).
CREATE TABLE messenger_chat (
  member_id  BIGINT       NOT NULL PRIMARY KEY,
  chat_id    BIGINT       NOT NULL,
  linked_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_messenger_chat_chat UNIQUE (chat_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
