package nl.bijeen.aggregator.crawl;

import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.aggregator.store.CrawlLogHousekeeping;
import nl.bijeen.aggregator.store.StoreException;

/**
 * {@code direct:store}: applies a parsed crawl to the store in one transaction (or holds a suspiciously shrunken
 * one back); {@code direct:not-modified}: records a 304 answer as a success without touching activities;
 * {@code direct:record-crawl}: the last step of every crawl attempt, whatever its outcome — reports it (log line,
 * metrics) and keeps the crawl log within its retention. The crawl-log row itself is written by the step that decided the outcome,
 * in the same transaction, so a log row never describes a result that was not committed.
 */
final class StoreRoute extends RouteBuilder {

    static final String ENDPOINT = "direct:store";
    static final String NOT_MODIFIED = "direct:not-modified";
    static final String RECORD = "direct:record-crawl";

    private static final Logger LOG = LoggerFactory.getLogger(StoreRoute.class);

    private final CrawlWriter writer;
    private final CrawlLogHousekeeping housekeeping;
    private final CrawlMetrics metrics;

    StoreRoute(CrawlWriter writer, CrawlLogHousekeeping housekeeping, CrawlMetrics metrics) {
        this.writer = writer;
        this.housekeeping = housekeeping;
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        errorHandler(noErrorHandler()); // failures travel back to crawl-source
        from(ENDPOINT).routeId("store")
                .process(exchange -> {
                    Crawl crawl = CrawlSourceRoute.crawl(exchange);
                    crawl.outcome(writer.stored(crawl));
                });
        from(NOT_MODIFIED).routeId("not-modified")
                .process(exchange -> {
                    Crawl crawl = CrawlSourceRoute.crawl(exchange);
                    crawl.outcome(writer.notModified(crawl));
                });
        from(RECORD).routeId("record-crawl")
                .process(exchange -> record(CrawlSourceRoute.crawl(exchange)));
    }

    private void record(Crawl crawl) {
        CrawlOutcome outcome = crawl.outcome();
        if (outcome != null && outcome.success() && !outcome.notModified()) {
            LOG.info("{}: {} new, {} changed, {} gone, {} missing for now, {} warnings in {} ms", crawl.sourceId(),
                    outcome.inserted(), outcome.updated(), outcome.removed(), outcome.missing(),
                    outcome.warnings().size(), crawl.elapsed().toMillis());
        } else if (outcome != null && outcome.suspicious()) {
            LOG.warn("{}: held back: {}", crawl.sourceId(), outcome.error());
        }
        if (outcome != null) {
            metrics.record(outcome, crawl.elapsed());
        }
        try {
            int deleted = housekeeping.run();
            if (deleted > 0) {
                LOG.debug("crawl log: {} old rows deleted", deleted);
            }
        } catch (StoreException e) { // the crawl itself is recorded; a missed clean-up is retried next time
            LOG.warn("crawl log clean-up failed: {}", e.getMessage());
        }
    }
}
