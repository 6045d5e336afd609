-- Sources that site owners register themselves (origin 'owner'). A registration waits for an admin ('pending')
-- unless auto-approval is on; only 'approved' rows are enabled and crawled. Config rows keep approval NULL.
ALTER TABLE source ADD COLUMN approval VARCHAR(20);
-- the SHA-256 (hex) of the owner's private management link: the link itself is never stored
ALTER TABLE source ADD COLUMN owner_token_hash CHAR(64);
ALTER TABLE source ADD COLUMN owner_name VARCHAR(300);
ALTER TABLE source ADD COLUMN consent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE source ADD COLUMN registered_at TIMESTAMP WITH TIME ZONE;
-- the page the owner pasted (where an ownership proof is looked for) and the normalised feed address (duplicates)
ALTER TABLE source ADD COLUMN site_url VARCHAR(2000);
ALTER TABLE source ADD COLUMN feed_key VARCHAR(2000);
-- what the preview understood at registration, for the admin who decides
ALTER TABLE source ADD COLUMN preview_count INTEGER;
ALTER TABLE source ADD COLUMN preview_warnings VARCHAR(4000);
ALTER TABLE source ADD COLUMN decision_reason VARCHAR(2000);
ALTER TABLE source ADD COLUMN verification_code VARCHAR(64);
ALTER TABLE source ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
-- the owner removed the source: its items are gone (kept for the history), the row stays and is never crawled
ALTER TABLE source ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX source_owner_token ON source (owner_token_hash);
CREATE INDEX source_feed_key ON source (feed_key);
