-- Birthday and anniversary greetings go once a Jalali year per member: this row is the once.
CREATE TABLE message_greeting (
  member_id     BIGINT       NOT NULL,
  trigger_name  VARCHAR(20)  NOT NULL,
  jalali_year   INT          NOT NULL,
  message_id    BIGINT       NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (member_id, trigger_name, jalali_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
