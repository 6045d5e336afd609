-- The further pages a source's crawl loads (a recipe's next pages and detail pages) and their HTTP validators, so
-- a re-crawl can ask every one of them "changed since?" before it reads the source again: an unchanged list page
-- says nothing about the detail pages behind it. Written in the transaction that stores the crawl's items, with the
-- source's own validators (source.etag, source.last_modified): both always describe the same stored crawl.
-- Standard SQL only: runs unchanged on H2 2.x and PostgreSQL 15.
CREATE TABLE page_validator (
    -- the source whose last stored crawl loaded the page
    source_id     VARCHAR(100)  NOT NULL REFERENCES source (id),
    -- 1, 2, ...: the order in which that crawl loaded its pages; a re-crawl checks them in the same order
    page_no       INTEGER       NOT NULL,
    -- the URL the connector asked for (before redirects): the check asks for it again
    page_url      VARCHAR(2000) NOT NULL,
    -- the page's ETag and Last-Modified headers; both NULL when it sent neither or could not be loaded, and then
    -- only reading it again can tell whether it changed, so the next crawl of the source is a full one
    etag          VARCHAR(1000),
    last_modified VARCHAR(100),
    PRIMARY KEY (source_id, page_no)
);

-- Recipe sources kept validators before, but without the pages behind them (they were never used): dropped, so the
-- next crawl of each is a full one that records every page it loads.
UPDATE source SET etag = NULL, last_modified = NULL WHERE recipe IS NOT NULL;

-- SHA-256 (hex) of the recipe file (config/recipes/NAME.yml) as it was when Bijeen last started; NULL for a source
-- without a recipe or before the first start with this column. An edited recipe reads the same pages differently,
-- so when it changes the source's validators are dropped and its next crawl reads every page again.
ALTER TABLE source ADD COLUMN recipe_hash CHAR(64);
