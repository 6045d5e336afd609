package nl.bijeen.aggregator.store;

import java.time.Duration;

/**
 * How cautiously the store gives items up, and how long the crawl log is kept.
 *
 * @param missingCrawlsBeforeGone K: an item is gone after it is missing from K successful crawls in a row
 * @param suspiciousShare         a crawl that delivers fewer than this share of the source's current items...
 * @param suspiciousMinItems      ...from a source that has at least this many, is suspicious, not the truth
 * @param crawlLogRetention       crawl log rows older than this are deleted
 */
public record LifecycleSettings(int missingCrawlsBeforeGone, double suspiciousShare, int suspiciousMinItems,
                                Duration crawlLogRetention) {

    public LifecycleSettings {
        if (missingCrawlsBeforeGone < 1) {
            throw new IllegalArgumentException("missingCrawlsBeforeGone must be at least 1");
        }
        if (suspiciousShare < 0 || suspiciousShare > 1) {
            throw new IllegalArgumentException("suspiciousShare must be between 0 and 1");
        }
        crawlLogRetention = crawlLogRetention == null ? Duration.ofDays(30) : crawlLogRetention;
    }

    public static LifecycleSettings defaults() {
        return new LifecycleSettings(2, 0.2, 5, Duration.ofDays(30));
    }

    /** True when {@code found} items, from a source that has {@code current} live items, look like a broken feed. */
    public boolean suspicious(int found, int current) {
        return current >= suspiciousMinItems && found < current * suspiciousShare;
    }
}
