package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.aggregator.support.FixtureServer;
import nl.bijeen.aggregator.support.TestDatabase;

/**
 * Shared set-up of the crawl specifications: a real database (chosen by the subclass), a real HTTP server with
 * fixture feeds, and a started {@link Aggregator} per test. Every test gets sources of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrawlSpec {

    static final long BODY_LIMIT = 200_000;

    protected TestDatabase db;
    protected FixtureServer server;
    protected Aggregator aggregator;
    private final AtomicInteger sourceNumber = new AtomicInteger();

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void openDatabaseAndServer() {
        db = openDatabase();
        server = new FixtureServer();
    }

    @AfterEach
    void stopAggregatorAndEmptyTheStore() {
        if (aggregator != null) {
            aggregator.close();
            aggregator = null;
        }
        db.emptyStore();
    }

    @AfterAll
    void closeDatabaseAndServer() {
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** Generous, so a busy build machine does not fail a fetch; specs about timeouts choose a short one. */
    protected Duration requestTimeout() {
        return Duration.ofSeconds(10);
    }

    static AggregatorSettings settings(boolean crawlEnabled, Duration requestTimeout) {
        return new AggregatorSettings(crawlEnabled, Duration.ofMillis(100), Duration.ofSeconds(2), requestTimeout,
                BODY_LIMIT, "BijeenTest/1.0", Duration.ofDays(365))
                .withFetchAllowList(HttpFetcherTest.LOOPBACK).withMinHostDelay(Duration.ZERO);
    }

    /** A source served by the fixture server at a path of its own; the id is unique in this test class. */
    protected SourceDefinition source(String name) {
        String id = name + "-" + sourceNumber.incrementAndGet();
        return new SourceDefinition(id, name, server.uri("/" + id + ".ics"), "auto", Duration.ofHours(1));
    }

    protected String path(SourceDefinition source) {
        return source.url().getPath();
    }

    protected Aggregator start(boolean crawlEnabled, SourceDefinition... sources) {
        aggregator = Aggregator.start(settings(crawlEnabled, requestTimeout()), db.dataSource(), List.of(sources));
        return aggregator;
    }

    protected SourceStatus status(SourceDefinition source) {
        return aggregator.sources().stream().filter(s -> s.id().equals(source.id())).findFirst().orElseThrow();
    }

    /** Stored activities of a source by title. */
    protected Map<String, StoredActivity> storedByTitle(SourceDefinition source) {
        return aggregator.store().findBySource(source.id()).stream()
                .collect(Collectors.toMap(a -> a.draft().title(), a -> a));
    }

    protected static List<Long> range(long fromInclusive, long toInclusive) {
        List<Long> seqs = new ArrayList<>();
        for (long s = fromInclusive; s <= toInclusive; s++) {
            seqs.add(s);
        }
        return seqs;
    }
}
