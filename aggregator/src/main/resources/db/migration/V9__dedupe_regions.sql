-- The regions deduplication compares within (see DedupeItem.regionsOf): "|gm0537|katwijk|" — the municipality of
-- the item's wijk and the town of its address. With it the store hands a deduplication pass only the items on the
-- same dates in the same regions, instead of every item on those dates. Null for items stored before this
-- column existed (they are always included until their next change writes it).
ALTER TABLE source_item ADD COLUMN dedupe_regions VARCHAR(500);
