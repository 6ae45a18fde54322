-- The club's own catalogues (M1, M3): member groups, member categories and card types. A member's
-- group and category, and a card's type, must name an entry; the foreign keys hold that even when
-- two staff members race (deleting a group while someone registers into it).
CREATE TABLE member_group (
  id          BIGINT       NOT NULL PRIMARY KEY,
  code        VARCHAR(40)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT uq_member_group_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member_category (
  id          BIGINT       NOT NULL PRIMARY KEY,
  code        VARCHAR(40)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT uq_member_category_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- validity_months NULL: cards of the type never expire. programme_code: the loyalty programme the
-- type belongs to (L10), NULL for the club's default programme.
CREATE TABLE card_type (
  id              BIGINT       NOT NULL PRIMARY KEY,
  code            VARCHAR(40)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  validity_months INT          NULL,
  programme_code  VARCHAR(40)  NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT uq_card_type_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Members registered before the catalogues named their group and category freely: each distinct
-- value becomes an entry named after its code, so no member loses his group. Ids are made here from
-- the code's hash (the application makes TSIDs; these rows are few and never collide with them in
-- practice, and the primary key would refuse it if they did).
INSERT INTO member_group (id, code, name, created_at, updated_at, version)
SELECT CAST(CONV(SUBSTRING(SHA2(CONCAT('member_group:', g.code), 256), 1, 15), 16, 10) AS UNSIGNED), g.code, g.code, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0
FROM (SELECT DISTINCT group_code AS code FROM member WHERE group_code IS NOT NULL) g;

INSERT INTO member_category (id, code, name, created_at, updated_at, version)
SELECT CAST(CONV(SUBSTRING(SHA2(CONCAT('member_category:', c.code), 256), 1, 15), 16, 10) AS UNSIGNED), c.code, c.code, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0
FROM (SELECT DISTINCT category AS code FROM member WHERE category IS NOT NULL) c;

-- Every member's first card has been of type STANDARD; it never expires until the club says so.
INSERT INTO card_type (id, code, name, validity_months, programme_code, created_at, updated_at, version)
VALUES (1, 'STANDARD', 'کارت استاندارد', NULL, NULL, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 0);

ALTER TABLE member
  ADD CONSTRAINT fk_member_group FOREIGN KEY (group_code) REFERENCES member_group (code),
  ADD CONSTRAINT fk_member_category FOREIGN KEY (category) REFERENCES member_category (code);

ALTER TABLE card
  ADD CONSTRAINT fk_card_type FOREIGN KEY (card_type) REFERENCES card_type (code);
