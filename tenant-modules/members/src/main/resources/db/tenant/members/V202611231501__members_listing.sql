-- The member list pages newest first (GET /members with no criteria) and the dashboard counts members
-- and new registrations, for the club or one branch. Without these every page and every count would
-- read the whole member table (rows of about a kilobyte with their encrypted fields); with them each
-- reads a narrow index: a range of it for a page or a period, all of it only for the club's totals.
ALTER TABLE member
  ADD KEY ix_member_created (created_at, id),
  ADD KEY ix_member_branch (registered_branch, created_at, active);
