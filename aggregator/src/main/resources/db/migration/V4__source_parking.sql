-- A source that failed too often in a row is parked: not crawled again until an admin or its owner turns it back
-- on, or its configuration changes. The reason, in plain Dutch, is shown to both; NULL means not parked.
ALTER TABLE source ADD COLUMN parked_reason VARCHAR(2000);
