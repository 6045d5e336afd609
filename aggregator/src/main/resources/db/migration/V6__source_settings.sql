-- What an operator says about a source beyond its address (config/sources.yml): defaults that normalising fills in
-- where an activity's text is silent, the priority when duplicates merge, who runs the agenda, and whether it is
-- paused (kept, but not crawled on schedule). Audiences and themes are taxonomy ids joined by ',' (ids contain none).
ALTER TABLE source ADD COLUMN default_audiences VARCHAR(1000);
ALTER TABLE source ADD COLUMN default_themes VARCHAR(1000);
ALTER TABLE source ADD COLUMN default_wijk VARCHAR(8);
ALTER TABLE source ADD COLUMN priority INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE source ADD COLUMN owner_email VARCHAR(320);
ALTER TABLE source ADD COLUMN paused BOOLEAN DEFAULT FALSE NOT NULL;
