/**
 * The store: plain JDBC on H2 or PostgreSQL, schema by Flyway ({@code db/migration}).
 *
 * <p>Writes go through {@link nl.bijeen.aggregator.store.ActivitySync} inside a caller's transaction; every write
 * to {@code activity}/{@code occurrence} appends to {@code change_log} in that same transaction
 * ({@link nl.bijeen.aggregator.store.ChangeLog}), with numbers handed out in commit order. Readers — the index
 * follower above all — use {@link nl.bijeen.aggregator.store.ActivityStore}: remember the last seq seen, ask for
 * the changes after it, and nothing is ever skipped.
 *
 * <p>Items are never deleted: one that a source stops listing is marked gone ({@code activity.gone_at}, a REMOVE
 * in the change log, invisible to {@code ActivityStore.find}) after K missing crawls, and kept for the history.
 * {@link nl.bijeen.aggregator.store.CrawlLog} keeps one row per crawl attempt.
 *
 * <p>For now one {@code activity} row is one item of one source; when deduplication arrives that row becomes a
 * {@code source_item} and {@code activity} becomes the merged cluster.
 */
package nl.bijeen.aggregator.store;
