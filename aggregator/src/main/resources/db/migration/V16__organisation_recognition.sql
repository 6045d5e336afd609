-- Block keys of organisation mentions (Recogniser.blockKeys: name, name words, name start, website host, e-mail,
-- e-mail domain, phone), so a recognition pass finds the mentions that could be the same organisation as the ones a
-- crawl touched without comparing every mention with every other. Rewritten whenever a mention's details change.
CREATE TABLE organisation_block_key (
    mention_id BIGINT       NOT NULL REFERENCES organisation_mention (id),
    block_key  VARCHAR(600) NOT NULL,
    PRIMARY KEY (mention_id, block_key)
);
CREATE INDEX organisation_block_key_key ON organisation_block_key (block_key);
