package nl.bijeen.aggregator.store;

/**
 * What {@link ActivitySync} changed for one source.
 *
 * @param inserted  activities added (or back after being gone)
 * @param updated   activities whose content changed
 * @param removed   activities marked gone by this crawl
 * @param unchanged activities found again without change
 * @param missing   activities this crawl lacked that are kept for now (missing fewer than K crawls in a row)
 */
public record SyncResult(int inserted, int updated, int removed, int unchanged, int missing) {

    public SyncResult(int inserted, int updated, int removed, int unchanged) {
        this(inserted, updated, removed, unchanged, 0);
    }
}
