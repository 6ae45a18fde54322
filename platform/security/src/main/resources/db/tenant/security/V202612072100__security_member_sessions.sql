-- Members' sign-ins to the club's portal (issue 13): a member token is honoured only while its session
-- is open, so signing out, or the club blocking the member, ends it at once (as for staff).
CREATE TABLE member_session (
  id              BIGINT       NOT NULL PRIMARY KEY,
  member_id       BIGINT       NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  expires_at      DATETIME(6)  NOT NULL,
  client_address  VARCHAR(64)  NULL,
  user_agent      VARCHAR(200) NULL,
  ended_at        DATETIME(6)  NULL,
  end_reason      VARCHAR(40)  NULL,
  KEY ix_member_session_member (member_id, ended_at),
  KEY ix_member_session_expiry (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
