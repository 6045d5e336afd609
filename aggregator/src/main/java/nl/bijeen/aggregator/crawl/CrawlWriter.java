package nl.bijeen.aggregator.crawl;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.aggregator.organisation.OrganisationPass;
import nl.bijeen.aggregator.organisation.RecognitionSettings;
import nl.bijeen.aggregator.source.CrawlSuccess;
import nl.bijeen.aggregator.source.SourceRepository;
import nl.bijeen.aggregator.store.ActivitySync;
import nl.bijeen.aggregator.store.ChangeLog;
import nl.bijeen.aggregator.store.CrawlLog;
import nl.bijeen.aggregator.store.CrawlLogEntry;
import nl.bijeen.aggregator.store.CrawlLogEntry.Outcome;
import nl.bijeen.aggregator.store.LifecycleSettings;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.SyncResult;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.connectors.model.Warning;

/**
 * Writes the end of a crawl. A successful crawl is applied in ONE transaction — activities, their change-log
 * entries, the source's new state (validators included, those of every further page it loaded too) and its
 * crawl-log row commit together or not at all.
 * A crawl that suddenly delivers far fewer items than the source has is held back (suspicious) until that
 * happens K times in a row; a held-back or failed crawl records itself and never touches an activity.
 */
final class CrawlWriter {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlWriter.class);
    private static final int HTTP_OK = 200;
    private static final int HTTP_NOT_MODIFIED = 304;
    /**
     * Within the default lease (one minute; the heartbeat cannot renew it while the database is away), so the source
     * is released by its own crawl and not taken over while its failure waits to be written.
     */
    static final Duration RECORD_FAILURE_PATIENCE = Duration.ofSeconds(50);

    static final String LEASE_LOST = "Een andere ophaalserver heeft deze bron overgenomen; dit resultaat is niet"
            + " bewaard.";

    private final DataSource dataSource;
    private final SourceRepository sources;
    private final LifecycleSettings lifecycle;
    private final ActivitySync sync;
    private final Clock clock;
    private final DedupeMetrics metrics;
    private final OrganisationPass organisations;
    /** A crawl that failed because the database went away still gets its failure written once it is back. */
    private final OutageRetry outage = new OutageRetry(RECORD_FAILURE_PATIENCE);

    CrawlWriter(DataSource dataSource, SourceRepository sources, LifecycleSettings lifecycle, DedupeSettings dedupe,
                DedupeMetrics metrics, Clock clock) {
        this(dataSource, sources, lifecycle, dedupe, RecognitionSettings.defaults(), metrics, clock);
    }

    CrawlWriter(DataSource dataSource, SourceRepository sources, LifecycleSettings lifecycle, DedupeSettings dedupe,
                RecognitionSettings recognition, DedupeMetrics metrics, Clock clock) {
        this.organisations = new OrganisationPass(recognition);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.sync = new ActivitySync(lifecycle.missingCrawlsBeforeGone(), dedupe);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    CrawlOutcome stored(Crawl crawl) {
        DistinctItems items = new DistinctItems(crawl.sourceId(), crawl.parsed().activities());
        items.warnings().forEach(w -> LOG.warn("{}: {} ({})", crawl.sourceId(), w.message(), w.itemRef()));
        List<Warning> warnings = new ArrayList<>(crawl.parsed().warnings());
        warnings.addAll(items.warnings());
        Instant now = Sql.storable(clock.instant());
        CrawlOutcome outcome = Transactions.inTransaction(dataSource, "storing the crawl of " + crawl.sourceId(),
                c -> store(c, crawl, items, warnings, now));
        if (outcome.suspicious()) { // in its own transaction, as every failure is recorded on the source
            sources.recordFailure(crawl.sourceId(), outcome.error(), now, crawl.elapsed().toMillis());
        }
        return outcome;
    }

    private CrawlOutcome store(Connection c, Crawl crawl, DistinctItems items, List<Warning> warnings, Instant now)
            throws SQLException {
        String sourceId = crawl.sourceId();
        checkLease(c, crawl);
        int found = items.kept().size();
        int current = ActivitySync.liveCount(c, sourceId);
        boolean accepted = false;
        if (lifecycle.suspicious(found, current)) {
            int k = lifecycle.missingCrawlsBeforeGone();
            int streak = CrawlLog.suspiciousStreak(c, sourceId, k) + 1;
            if (streak < k) {
                String error = ShrunkenFeed.message(found, current, k);
                CrawlLog.append(c, entry(crawl, Outcome.SUSPICIOUS, found, new SyncResult(0, 0, 0, 0), warnings,
                        error).withHttpStatus(HTTP_OK));
                return CrawlOutcome.heldBack(sourceId, error, warnings);
            }
            accepted = true; // K times in a row: the source really shrank
        }
        long seqBefore = ChangeLog.lastSeq(c);
        SyncResult synced = sync.apply(c, sourceId, items.kept(), now, accepted);
        // a successful parse that names no publisher clears the old one: the source no longer says who it is
        organisations.afterCrawl(c, sourceId, crawl.parsed().publisher(), true,
                synced.inserted() + synced.updated() + synced.removed() > 0, seqBefore, now);
        metrics.record(synced.dedupe()); // counted before the commit: a rare rollback over-counts, never hides
        Validators validators = crawl.fetched().validators();
        sources.recordSuccess(c, sourceId, new CrawlSuccess(validators.etag(), validators.lastModified(), found, now,
                crawl.elapsed().toMillis(), crawl.pagesLoaded()));
        CrawlLog.append(c, entry(crawl, Outcome.OK, found, synced, warnings, null).withHttpStatus(HTTP_OK));
        return CrawlOutcome.stored(sourceId, synced.inserted(), synced.updated(), synced.removed(), synced.missing(),
                warnings);
    }

    /** A 304: validators and state recorded, and items that were already missing count as missing again. */
    CrawlOutcome notModified(Crawl crawl) {
        Validators validators = crawl.fetched().validators();
        Instant now = Sql.storable(clock.instant());
        CrawlSuccess success = CrawlSuccess.notModified(validators.etag(), validators.lastModified(), now,
                crawl.elapsed().toMillis());
        SyncResult confirmed = Transactions.inTransaction(dataSource, "recording the crawl of " + crawl.sourceId(),
                c -> {
                    checkLease(c, crawl);
                    long seqBefore = ChangeLog.lastSeq(c);
                    SyncResult absences = sync.confirmAbsences(c, crawl.sourceId(), now);
                    organisations.afterCrawl(c, crawl.sourceId(), null, false, absences.removed() > 0, seqBefore,
                            now);
                    metrics.record(absences.dedupe());
                    sources.recordSuccess(c, crawl.sourceId(), success);
                    CrawlLog.append(c, entry(crawl, Outcome.NOT_MODIFIED, null, absences, List.of(), null)
                            .withHttpStatus(HTTP_NOT_MODIFIED));
                    return absences;
                });
        return new CrawlOutcome(crawl.sourceId(), true, true, 0, 0, confirmed.removed(), List.of(), null,
                confirmed.missing(), false);
    }

    CrawlOutcome failed(Crawl crawl, Throwable failure) {
        // the lease check, too, waits out a database outage: the failure may well be that outage
        if (leaseLost(failure) || crawl.leased() && !outage.run("checking the lease on " + crawl.sourceId(),
                () -> sources.leases().stillHeld(crawl.sourceId()))) {
            LOG.warn("{}: lease lost, this crawl's result is not recorded ({})", crawl.sourceId(),
                    failure == null ? "no failure" : failure.getMessage());
            return CrawlOutcome.failed(crawl.sourceId(), LEASE_LOST);
        }
        String error = FailureMessages.describe(failure);
        LOG.warn("{}: crawl failed: {}", crawl.sourceId(), error, expected(failure) ? null : failure);
        if (crawl.target() != null) { // else the source itself could not be found: there is nothing to record on
            long durationMs = crawl.elapsed().toMillis();
            Instant at = Sql.storable(clock.instant());
            String what = "recording the failed crawl of " + crawl.sourceId();
            outage.run(what, () -> {
                sources.recordFailure(crawl.sourceId(), error, at, durationMs, notBefore(failure));
                return null;
            });
            outage.run(what, () -> Transactions.inTransaction(dataSource, "logging the failed crawl of "
                    + crawl.sourceId(), c -> {
                CrawlLog.append(c, CrawlLogEntry.withoutChanges(crawl.sourceId(), crawl.startedAt(), durationMs,
                        Outcome.FAILED, null, error));
                return null;
            }));
        }
        return CrawlOutcome.failed(crawl.sourceId(), error);
    }

    private static CrawlLogEntry entry(Crawl crawl, Outcome outcome, Integer found, SyncResult synced,
                                       List<Warning> warnings, String error) {
        List<String> texts = warnings.stream().limit(CrawlLogEntry.WARNINGS_KEPT)
                .map(w -> w.itemRef() == null ? w.message() : w.message() + " (" + w.itemRef() + ")").toList();
        return new CrawlLogEntry(crawl.sourceId(), crawl.startedAt(), crawl.elapsed().toMillis(), outcome, null,
                found, synced.inserted(), synced.updated(), synced.removed(), synced.missing(), warnings.size(), texts,
                error);
    }

    /** Stops a leased crawl from writing once its lease has ended (locks the source row until the commit). */
    private void checkLease(Connection c, Crawl crawl) throws SQLException {
        if (crawl.leased() && !sources.leases().stillHeld(c, crawl.sourceId())) {
            throw new LeaseLost(crawl.sourceId());
        }
    }

    private static boolean leaseLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof LeaseLost) {
                return true;
            }
        }
        return false;
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
