package nl.bijeen.web.role;

import java.util.Optional;

import jakarta.inject.Singleton;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.crawl.CrawlOutcome;

/**
 * "Crawl now" from an admin, a site owner or an approval. A process that crawls (role all or crawler) crawls the
 * source at once and says how it went. A web node crawls nothing itself, so that crawling, its politeness towards
 * websites and its leases stay with the crawler nodes: it makes the source due now, and a crawler node takes it at
 * its next round (within the scheduler tick); the owner's and admin's pages show the result when it is there.
 */
@Singleton
public class CrawlRequests {

    private final Aggregator aggregator;
    private final Role role;

    public CrawlRequests(Aggregator aggregator, Role role) {
        this.aggregator = aggregator;
        this.role = role;
    }

    /** The crawl's outcome, or empty when the source was handed to the crawler nodes (or does not exist). */
    public Optional<CrawlOutcome> crawlNow(String sourceId) {
        if (role.crawlsOnSchedule()) {
            return Optional.of(aggregator.crawlNow(sourceId));
        }
        aggregator.makeDue(sourceId);
        return Optional.empty();
    }
}
