-- Tags on members (B2) and the staff's timeline of notes about a member (M7).
CREATE TABLE member_tag (
  id          BIGINT      NOT NULL PRIMARY KEY,
  member_id   BIGINT      NOT NULL,
  tag         VARCHAR(40) NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  version     BIGINT      NOT NULL,
  CONSTRAINT uq_member_tag UNIQUE (member_id, tag),
  CONSTRAINT fk_member_tag_member FOREIGN KEY (member_id) REFERENCES member (id),
  -- "members with this tag" reads this index in member order
  KEY ix_member_tag_tag (tag, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application never updates or deletes a note.
CREATE TABLE member_note (
  id          BIGINT        NOT NULL PRIMARY KEY,
  member_id   BIGINT        NOT NULL,
  kind        VARCHAR(20)   NOT NULL,
  text        VARCHAR(2000) NOT NULL,
  author_id   VARCHAR(64)   NOT NULL,
  author_name VARCHAR(200)  NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  version     BIGINT        NOT NULL,
  CONSTRAINT fk_member_note_member FOREIGN KEY (member_id) REFERENCES member (id),
  KEY ix_member_note_timeline (member_id, created_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
