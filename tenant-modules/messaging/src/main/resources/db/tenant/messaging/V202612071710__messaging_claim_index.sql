-- The claim reads one (status, channel, kind) at a time in due order: with a million marketing rows
-- queued, a range over two statuses, or one that skips marketing rows in quiet hours, read and sorted
-- them all for every claim of twenty.
ALTER TABLE message DROP KEY ix_message_due, ADD KEY ix_message_claim (status, channel, kind, next_attempt_at);
