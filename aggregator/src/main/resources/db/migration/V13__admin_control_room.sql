-- An admin's edits of a source's connector settings (the control room, /beheer/bronnen/{id}). A source from
-- config/sources.yml is re-synced from the file at every start; its row here wins over the file for these settings
-- (SourceEdits.overlay), so an admin's fix survives a restart until an admin removes it again. Address, name, owner
-- and paused stay the file's. Audiences and themes are taxonomy ids joined by ',' as in table source.
CREATE TABLE source_override (
    source_id         VARCHAR(100)  NOT NULL PRIMARY KEY,
    schedule_seconds  BIGINT        NOT NULL,
    format            VARCHAR(20)   NOT NULL,
    recipe            VARCHAR(200),
    default_audiences VARCHAR(1000),
    default_themes    VARCHAR(1000),
    default_wijk      VARCHAR(8),
    priority          INTEGER       NOT NULL,
    edited_by         VARCHAR(100)  NOT NULL,
    edited_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Activities an admin hid (inappropriate, spam, wrong): the store's read side no longer finds them, so the index,
-- the API and the exports drop them; admins still see them here with the reason and can show them again.
CREATE TABLE hidden_activity (
    activity_id BIGINT        NOT NULL PRIMARY KEY,
    reason      VARCHAR(1000) NOT NULL,
    hidden_by   VARCHAR(100)  NOT NULL,
    hidden_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
