-- Answers of the geocoder (PDOK Locatieserver) by normalised address, so an address is looked up once, not on
-- every crawl. outcome FOUND carries a point; NOT_FOUND is remembered too (cached_at lets an operator expire it).
CREATE TABLE geocode_cache (
    address_key VARCHAR(500)             NOT NULL PRIMARY KEY,
    outcome     VARCHAR(20)              NOT NULL CHECK (outcome IN ('FOUND', 'NOT_FOUND')),
    latitude    DOUBLE PRECISION,
    longitude   DOUBLE PRECISION,
    precision   VARCHAR(20),
    cached_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
