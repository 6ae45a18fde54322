-- An email's subject or a push notification's title, as the member received it (filled in when the
-- message is composed, like its text).
ALTER TABLE message ADD COLUMN subject VARCHAR(200) NULL AFTER recipient;
