-- Over de stad: one page per town (municipality, key "GM0537") and per wijk (key "WK053701"), with a text an
-- admin writes in Markdown and the key contacts residents and professionals may call. The live numbers on these
-- pages come from the store, so they are not kept here. A page nobody wrote has no row. Standard SQL only.
CREATE TABLE town_page (
    page_key      VARCHAR(20)   NOT NULL PRIMARY KEY,
    -- the admin's text as Markdown; rendered and sanitised when shown, never stored as HTML
    body_markdown TEXT          NOT NULL,
    edited_by     VARCHAR(200)  NOT NULL,
    edited_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The key contacts of a page in the admin's order (line_no from 1): e.g. the local welfare desk.
CREATE TABLE town_contact (
    page_key        VARCHAR(20)   NOT NULL,
    line_no         INTEGER       NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    -- what they do for residents, e.g. "Welzijnsloket: hulp bij geldzaken en eenzaamheid"
    role            VARCHAR(300),
    phone           VARCHAR(50),
    email           VARCHAR(320),
    website         VARCHAR(2000),
    -- the organisation (organisation.id) this contact belongs to, when the admin links one
    organisation_id BIGINT,
    PRIMARY KEY (page_key, line_no)
);
