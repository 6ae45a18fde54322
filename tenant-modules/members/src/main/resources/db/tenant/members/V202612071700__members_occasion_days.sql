-- The greetings job looks for the members born or married on some 120 dates (the same Jalali day in
-- each past year) every hour: an index each keeps that a handful of range reads instead of a scan.
ALTER TABLE member ADD KEY ix_member_birth_date (birth_date), ADD KEY ix_member_marriage_date (marriage_date);
