-- Unmet demand (/dekking): how often residents searched for something that found nothing or almost nothing, per
-- day and per wijk, theme and audience as the search understood them. No personal data: no query text, no address,
-- no browser, no time of day; only known wijk codes and taxonomy ids ('' = not asked for, '?' = a value Bijeen
-- does not know, stored as such so no typed text is ever kept).
CREATE TABLE search_demand (
    -- the day in the site's time zone (not "day": a reserved word in H2)
    search_day DATE         NOT NULL,
    wijk       VARCHAR(20)  NOT NULL,
    theme      VARCHAR(100) NOT NULL,
    audience   VARCHAR(100) NOT NULL,
    searches   INTEGER      NOT NULL,
    PRIMARY KEY (search_day, wijk, theme, audience)
);
