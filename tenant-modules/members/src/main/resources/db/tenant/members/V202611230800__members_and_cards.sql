-- Members (M1, M2, M5) and their cards (M3). Sensitive values are encrypted (v1:...) and, where
-- they are looked up, indexed by a keyed hash (*_index) instead of their clear text.
CREATE TABLE member (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  member_code        VARCHAR(20)   NOT NULL,
  title              VARCHAR(40)   NULL,
  first_name         VARCHAR(100)  NOT NULL,
  last_name          VARCHAR(100)  NOT NULL,
  group_code         VARCHAR(40)   NULL,
  category           VARCHAR(40)   NULL,
  national_code      VARCHAR(200)  NULL,
  national_code_index CHAR(64)     NULL,
  birth_date         DATE          NULL,
  marriage_date      DATE          NULL,
  education_degree   VARCHAR(60)   NULL,
  education_field    VARCHAR(100)  NULL,
  mobile             VARCHAR(200)  NOT NULL,
  mobile_index       CHAR(64)      NOT NULL,
  phone              VARCHAR(200)  NULL,
  other_phones       VARCHAR(400)  NULL,
  address            VARCHAR(1000) NULL,
  postal_code        VARCHAR(10)   NULL,
  email              VARCHAR(200)  NULL,
  referrer_code      VARCHAR(20)   NULL,
  notes              VARCHAR(2000) NULL,
  external_ref       VARCHAR(64)   NULL,
  active             BOOLEAN       NOT NULL,
  credit_active      BOOLEAN       NOT NULL,
  registered_branch  VARCHAR(32)   NULL,
  created_at         DATETIME(6)   NOT NULL,
  updated_at         DATETIME(6)   NOT NULL,
  version            BIGINT        NOT NULL,
  CONSTRAINT uq_member_code UNIQUE (member_code),
  CONSTRAINT uq_member_mobile UNIQUE (mobile_index),
  CONSTRAINT uq_member_national_code UNIQUE (national_code_index),
  CONSTRAINT uq_member_external_ref UNIQUE (external_ref),
  KEY ix_member_last_name (last_name, first_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tenant's member numbering: one row, advanced under its row lock.
CREATE TABLE member_code_counter (
  id         TINYINT NOT NULL PRIMARY KEY,
  next_value BIGINT  NOT NULL
) ENGINE = InnoDB;
INSERT INTO member_code_counter (id, next_value) VALUES (1, 100000);

CREATE TABLE card (
  id           BIGINT      NOT NULL PRIMARY KEY,
  card_number  CHAR(16)    NOT NULL,
  member_id    BIGINT      NOT NULL,
  card_type    VARCHAR(40) NOT NULL,
  status       VARCHAR(20) NOT NULL,
  issued_at    DATETIME(6) NOT NULL,
  expires_on   DATE        NULL,
  replaced_by  CHAR(16)    NULL,
  version      BIGINT      NOT NULL,
  CONSTRAINT uq_card_number UNIQUE (card_number),
  CONSTRAINT fk_card_member FOREIGN KEY (member_id) REFERENCES member (id),
  KEY ix_card_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
