package nl.bijeen.aggregator.store;

/**
 * What {@link ActivitySync} changed for one source.
 *
 * @param inserted  source items added (or back after being gone)
 * @param updated   source items whose content changed
 * @param removed   source items marked gone by this crawl
 * @param unchanged source items found again without change
 * @param missing   source items this crawl lacked that are kept for now (missing fewer than K crawls in a row)
 * @param dedupe    what that did to the merged activities (the change log follows these)
 */
public record SyncResult(int inserted, int updated, int removed, int unchanged, int missing, DedupeResult dedupe) {

    public SyncResult {
        dedupe = dedupe == null ? DedupeResult.NONE : dedupe;
    }

    public SyncResult(int inserted, int updated, int removed, int unchanged, int missing) {
        this(inserted, updated, removed, unchanged, missing, DedupeResult.NONE);
    }

    public SyncResult(int inserted, int updated, int removed, int unchanged) {
        this(inserted, updated, removed, unchanged, 0, DedupeResult.NONE);
    }
}
