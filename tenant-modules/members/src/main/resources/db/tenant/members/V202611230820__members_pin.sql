-- The member's PIN (M4): a keyed hash, never the digits; five wrong PINs in a row lock spending for 15 minutes.
ALTER TABLE member
  ADD COLUMN pin_hash CHAR(64) NULL,
  ADD COLUMN pin_failures INT NOT NULL DEFAULT 0,
  ADD COLUMN pin_locked_until DATETIME(6) NULL;
