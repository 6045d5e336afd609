-- Deduplication. What V1 stored as one row per source item becomes two tables: source_item (what one source
-- published, as crawled) and activity (one row per real-world activity: the merged content of the source items
-- that describe it). The change log, and so the search index, now follows activities.

ALTER TABLE activity RENAME TO source_item;
ALTER TABLE occurrence RENAME COLUMN activity_id TO item_id;

-- The activity a source item belongs to (kept after the item is gone, for the history), and the similarity score
-- with which it joined that activity (null for an item that founded it or was merged by an admin).
ALTER TABLE source_item ADD COLUMN activity_id BIGINT;
ALTER TABLE source_item ADD COLUMN link_score DOUBLE PRECISION;

CREATE TABLE activity (
    -- handed out from dedupe_state.last_activity_id; stable while its items come and go (see ClusterIds)
    id                BIGINT        NOT NULL PRIMARY KEY,
    -- SHA-256 (hex) of draft_json + publications_json: an unchanged merge writes nothing
    content_hash      CHAR(64)      NOT NULL,
    title             VARCHAR(1000) NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    first_start_at    TIMESTAMP WITH TIME ZONE,
    last_start_at     TIMESTAMP WITH TIME ZONE,
    place_name        VARCHAR(1000),
    -- the merged ActivityDraft as JSON (DraftJson)
    draft_json        TEXT          NOT NULL,
    -- every site it was published on: [{sourceId, sourceName, itemId, link}], most trusted first
    publications_json TEXT          NOT NULL,
    item_count        INTEGER       NOT NULL,
    first_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set when no live item describes it any more; the row stays for the history
    gone_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX activity_live ON activity (gone_at);

-- Until the first deduplication pass every item is its own activity, under its own id, so the change log written
-- so far still names the right rows.
INSERT INTO activity (id, content_hash, title, status, first_start_at, last_start_at, place_name, draft_json,
                      publications_json, item_count, first_seen_at, updated_at, gone_at)
SELECT id, content_hash, title, status, first_start_at, last_start_at, place_name, draft_json, '[]', 1,
       first_seen_at, updated_at, gone_at
FROM source_item;
UPDATE source_item SET activity_id = id;
CREATE INDEX source_item_activity ON source_item (activity_id);

-- One row. Its lock serialises deduplication between crawls (two crawls merging the same activity must not both
-- decide on stale data); last_activity_id hands out activity ids; settings_key names the dedupe settings of the
-- last full pass (null: a full pass is due, as after this migration).
CREATE TABLE dedupe_state (
    id               INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
    last_activity_id BIGINT       NOT NULL,
    settings_key     VARCHAR(200)
);
INSERT INTO dedupe_state (id, last_activity_id, settings_key) SELECT 1, COALESCE(MAX(id), 0), NULL FROM source_item;

-- Admin decisions about two source items (item_a < item_b): MERGE (the same activity) or NEVER (never the same).
CREATE TABLE dedupe_override (
    item_a     BIGINT        NOT NULL REFERENCES source_item (id),
    item_b     BIGINT        NOT NULL REFERENCES source_item (id),
    decision   VARCHAR(10)   NOT NULL CHECK (decision IN ('MERGE', 'NEVER')),
    decided_by VARCHAR(200)  NOT NULL,
    reason     VARCHAR(1000),
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_a, item_b),
    CHECK (item_a < item_b)
);
