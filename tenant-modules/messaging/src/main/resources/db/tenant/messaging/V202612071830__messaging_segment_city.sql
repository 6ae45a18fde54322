-- A segment may select members by their city (members' city: V202612071820).
ALTER TABLE message_segment ADD COLUMN city VARCHAR(100) NULL AFTER tag;
