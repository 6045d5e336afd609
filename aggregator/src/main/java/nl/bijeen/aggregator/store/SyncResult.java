package nl.bijeen.aggregator.store;

/** What {@link ActivitySync} changed for one source: counts of activities inserted, updated, removed, left alone. */
public record SyncResult(int inserted, int updated, int removed, int unchanged) {
}
