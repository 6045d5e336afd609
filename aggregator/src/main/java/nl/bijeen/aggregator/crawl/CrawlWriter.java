package nl.bijeen.aggregator.crawl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.aggregator.source.CrawlSuccess;
import nl.bijeen.aggregator.source.SourceRepository;
import nl.bijeen.aggregator.store.ActivitySync;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.SyncResult;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.connectors.model.ParseResult;
import nl.bijeen.connectors.model.Warning;

/**
 * Writes the end of a crawl. A successful crawl is applied in ONE transaction — activities, their change-log
 * entries and the source's new state (validators included) commit together or not at all. A failed crawl only
 * records the failure on the source and never touches an activity.
 */
final class CrawlWriter {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlWriter.class);

    private final DataSource dataSource;
    private final SourceRepository sources;
    private final ActivitySync sync = new ActivitySync();

    CrawlWriter(DataSource dataSource, SourceRepository sources) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    CrawlOutcome stored(Crawl crawl) {
        FetchResult.Fetched fetched = (FetchResult.Fetched) crawl.fetched();
        ParseResult parsed = crawl.parsed();
        DistinctItems items = new DistinctItems(crawl.sourceId(), parsed.activities());
        items.warnings().forEach(w -> LOG.warn("{}: {} ({})", crawl.sourceId(), w.message(), w.itemRef()));
        Instant now = Sql.storable(Instant.now());
        CrawlSuccess success = new CrawlSuccess(fetched.validators().etag(), fetched.validators().lastModified(),
                items.kept().size(), now, crawl.elapsed().toMillis());
        SyncResult result = Transactions.inTransaction(dataSource, "storing the crawl of " + crawl.sourceId(), c -> {
            SyncResult synced = sync.apply(c, crawl.sourceId(), items.kept(), now);
            sources.recordSuccess(c, crawl.sourceId(), success);
            return synced;
        });
        List<Warning> warnings = new ArrayList<>(parsed.warnings());
        warnings.addAll(items.warnings());
        LOG.info("{}: {} activities ({} new, {} changed, {} removed, {} warnings) in {} ms", crawl.sourceId(),
                items.kept().size(), result.inserted(), result.updated(), result.removed(), warnings.size(),
                success.durationMs());
        return CrawlOutcome.stored(crawl.sourceId(), result.inserted(), result.updated(), result.removed(), warnings);
    }

    CrawlOutcome notModified(Crawl crawl) {
        Validators validators = crawl.fetched().validators();
        CrawlSuccess success = new CrawlSuccess(validators.etag(), validators.lastModified(), null,
                Sql.storable(Instant.now()), crawl.elapsed().toMillis());
        Transactions.inTransaction(dataSource, "recording the crawl of " + crawl.sourceId(), c -> {
            sources.recordSuccess(c, crawl.sourceId(), success);
            return null;
        });
        LOG.debug("{}: not modified", crawl.sourceId());
        return CrawlOutcome.notModified(crawl.sourceId());
    }

    CrawlOutcome failed(Crawl crawl, Throwable failure) {
        String error = FailureMessages.describe(failure);
        LOG.warn("{}: crawl failed: {}", crawl.sourceId(), error, expected(failure) ? null : failure);
        if (crawl.target() != null) { // else the source itself could not be found: there is nothing to record on
            sources.recordFailure(crawl.sourceId(), error, Sql.storable(Instant.now()), crawl.elapsed().toMillis(),
                    notBefore(failure));
        }
        return CrawlOutcome.failed(crawl.sourceId(), error);
    }

    /** The time the website asked us (Retry-After) not to come back before, if it did. */
    private static Instant notBefore(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FetchException fetch) {
                return fetch.notBefore().map(Sql::storable).orElse(null);
            }
        }
        return null;
    }

    /** Failures we explain fully in the message; anything else also gets its stack trace in the log. */
    private static boolean expected(Throwable failure) {
        return failure instanceof CrawlException || failure instanceof nl.bijeen.connectors.spi.ConnectorException;
    }
}
