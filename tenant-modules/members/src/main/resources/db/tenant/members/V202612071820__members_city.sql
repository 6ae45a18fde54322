-- A member's city (issue 12: segments select by it). Plain text, unlike the encrypted address, and
-- indexed: a segment's filter compares it.
ALTER TABLE member ADD COLUMN city VARCHAR(100) NULL AFTER address, ADD KEY ix_member_city (city);
