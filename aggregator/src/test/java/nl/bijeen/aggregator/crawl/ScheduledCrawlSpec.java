package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.Aggregator;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.support.FixtureServer;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.support.Eventually;
import nl.bijeen.aggregator.support.ThreadRecordingDataSource;

/** The scheduler route on its own, and crawls of several sources at the same time. */
abstract class ScheduledCrawlSpec extends CrawlSpec {

    /** Short, because one of these specs waits for it to run out. */
    @Override
    protected Duration requestTimeout() {
        return Duration.ofSeconds(2);
    }


    @Test
    void theSchedulerCrawlsADueSourceByItself() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");

        start(true, kern);

        Eventually.waitUntil("the scheduler stored the source's activities", Duration.ofSeconds(20),
                () -> aggregator.store().findBySource(kern.id()).size() == 3);
        Eventually.waitUntil("the crawl is recorded on the source", Duration.ofSeconds(20),
                () -> status(kern).lastSuccessAt() != null);
        assertThat(status(kern).nextDueAt()).isAfter(status(kern).lastSuccessAt().plus(Duration.ofMinutes(59)));
        assertThat(server.requests(path(kern))).hasSize(1);
    }

    @Test
    void aScheduledCrawlWhoseLeaseWasTakenOverMeanwhileRecordsNothing() throws Exception {
        SourceDefinition kern = source("kern");
        java.util.concurrent.CountDownLatch fetching = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        server.on(path(kern), exchange -> {
            fetching.countDown();
            try {
                answer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureServer.respond(exchange, 200, "text/calendar", FixtureServer.resource("crawl/agenda-v1.ics"));
        });
        start(true, kern);
        assertThat(fetching.await(20, TimeUnit.SECONDS)).as("the scheduler is fetching").isTrue();

        // as if this node had stalled past its lease and another node had taken the source over
        try (java.sql.Connection c = db.dataSource().getConnection();
             java.sql.PreparedStatement takeOver = c.prepareStatement(
                     "UPDATE source SET lease_owner = 'another-node', lease_expires_at = ? WHERE id = ?")) {
            Sql.setInstant(takeOver, 1, Instant.now().plus(Duration.ofHours(1)));
            takeOver.setString(2, kern.id());
            takeOver.executeUpdate();
        }
        answer.countDown();

        Eventually.waitUntil("the crawl ended", Duration.ofSeconds(20), () -> aggregator.meters()
                .find(CrawlMetrics.FETCHES).tag("outcome", "failed").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum() >= 1);
        assertThat(aggregator.store().findBySource(kern.id())).as("nothing stored").isEmpty();
        assertThat(aggregator.crawlLog(kern.id(), 10)).as("nothing logged").isEmpty();
        assertThat(status(kern).lastAttemptAt()).as("nothing recorded on the source").isNull();
    }

    @Test
    void aScheduledCrawlFetchesAndStoresOnAVirtualThread() {
        SourceDefinition kern = source("kern");
        server.serveResource(path(kern), "crawl/agenda-v1.ics", "text/calendar");
        ThreadRecordingDataSource recording = new ThreadRecordingDataSource(db.dataSource());

        aggregator = Aggregator.start(settings(true, requestTimeout()), recording, List.of(kern));

        Eventually.waitUntil("the scheduler stored the source's activities", Duration.ofSeconds(20),
                () -> aggregator.store().findBySource(kern.id()).size() == 3);
        // the crawl thread reads the source just before it fetches it, and writes what it fetched
        List<ThreadRecordingDataSource.Use> crawlThreads = recording.uses().stream()
                .filter(use -> use.threadName().startsWith(VirtualCrawlThreads.NAME_PREFIX)).toList();
        assertThat(crawlThreads).as("database use on crawl threads").isNotEmpty()
                .allSatisfy(use -> assertThat(use.virtual()).as(use.threadName()).isTrue());
    }

    @Test
    void concurrentCrawlsOfTwoSourcesGiveGaplessNumbersInCommitOrder() throws Exception {
        SourceDefinition kern = source("kern");
        SourceDefinition wijk = source("wijk");
        start(false, kern, wijk);
        long start = aggregator.store().lastSeq();
        AtomicBoolean crawling = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            Future<List<Long>> follower = threads.submit(() -> follow(start, crawling));
            Future<?> a = threads.submit(() -> crawlRounds(kern, "crawl/agenda-v1.ics", "crawl/agenda-v2.ics"));
            Future<?> b = threads.submit(() -> crawlRounds(wijk, "crawl/wijk-v1.ics", "crawl/wijk-v2.ics"));
            a.get(60, TimeUnit.SECONDS);
            b.get(60, TimeUnit.SECONDS);
            crawling.set(false);

            long end = aggregator.store().lastSeq();
            // per source: 3 inserts, then update + insert, then one update per round; the item that flips in
            // and out is only missing for one crawl each time, so it is kept (no REMOVE/INSERT churn)
            assertThat(end - start).as("every round changed activities").isEqualTo(2 * (3 + 2 + 1 + 1 + 1));
            assertThat(follower.get(60, TimeUnit.SECONDS)).containsExactlyElementsOf(range(start + 1, end));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aSourceIsNeverCrawledTwiceAtOnce() throws Exception {
        SourceDefinition kern = source("kern");
        server.hang(path(kern));
        start(false, kern);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<CrawlOutcome> first = threads.submit(() -> aggregator.crawlNow(kern.id()));
            Eventually.waitUntil("the first crawl is waiting for the server", Duration.ofSeconds(10),
                    () -> server.requests(path(kern)).size() == 1);

            CrawlOutcome second = aggregator.crawlNow(kern.id());

            assertThat(second.success()).isFalse();
            assertThat(second.error()).isEqualTo(CrawlSourceRoute.BUSY);
            assertThat(first.get(30, TimeUnit.SECONDS).error()).startsWith("De website antwoordde niet binnen");
            assertThat(server.requests(path(kern))).hasSize(1);
            assertThat(status(kern).consecutiveFailures()).as("only the crawl that ran is recorded").isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    private void crawlRounds(SourceDefinition source, String even, String odd) {
        for (int round = 0; round < 5; round++) {
            server.serveResource(path(source), round % 2 == 0 ? even : odd, "text/calendar");
            CrawlOutcome outcome = aggregator.crawlNow(source.id());
            assertThat(outcome.success()).as(outcome.toString()).isTrue();
            assertThat(outcome.changedActivities()).isTrue();
        }
    }

    /** Reads like the index follower: always asks for what comes after the last number it saw. */
    private List<Long> follow(long from, AtomicBoolean crawling) {
        List<Long> seen = new ArrayList<>();
        long last = from;
        while (true) {
            // read the flag before the page: once it is down, every commit precedes this read, so an empty page means done
            boolean stillRunning = crawling.get();
            List<Change> page = aggregator.store().changesAfter(last, 20);
            for (Change change : page) {
                seen.add(change.seq());
                last = change.seq();
            }
            if (!stillRunning && page.isEmpty()) {
                break;
            }
        }
        return seen;
    }
}
