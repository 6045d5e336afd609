package nl.bijeen.aggregator.crawl;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure this process never crawls one source twice at the same time (a scheduled crawl and a "crawl now",
 * say). Across processes the scheduler's lease on the source ({@code SourceLeases}) does the same job.
 */
final class CrawlGuard {

    private final Set<String> running = ConcurrentHashMap.newKeySet();

    /** True when the caller now owns the source's crawl and must {@link #release} it. */
    boolean tryClaim(String sourceId) {
        return running.add(sourceId);
    }

    void release(String sourceId) {
        running.remove(sourceId);
    }
}
