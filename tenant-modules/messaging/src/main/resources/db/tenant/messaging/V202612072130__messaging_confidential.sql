-- A member's sign-in code (issue 13) is his alone: staff who read his messages see that one was sent,
-- not the code, and the text is emptied once the message is sent or given up.
ALTER TABLE message ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT FALSE;
