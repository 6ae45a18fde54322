-- Web push (plan feature C4): the browsers of members that accept the club's notifications. The
-- endpoint (the browser's push service address, chosen by its vendor) is unique: a browser that
-- subscribes again, perhaps for another member, replaces its row. p256dh and auth are the browser's
-- keys (base64url); without them nobody can read what is sent, with the endpoint anyone could push.
CREATE TABLE push_subscription (
  id                    BIGINT         NOT NULL PRIMARY KEY,
  member_id             BIGINT         NOT NULL,
  endpoint              VARCHAR(1000)  NOT NULL,
  -- a hash of the endpoint, for its unique key (an index over 1,000 utf8mb4 characters is too long)
  endpoint_hash         BINARY(32)     NOT NULL,
  p256dh                VARCHAR(100)   NOT NULL,
  auth                  VARCHAR(40)    NOT NULL,
  user_agent            VARCHAR(200)   NULL,
  created_at            DATETIME(6)    NOT NULL,
  last_success_at       DATETIME(6)    NULL,
  consecutive_failures  INT            NOT NULL DEFAULT 0,
  CONSTRAINT uq_push_subscription_endpoint UNIQUE (endpoint_hash),
  KEY ix_push_subscription_member (member_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
