package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.aggregator.support.ChildJvm;
import nl.bijeen.aggregator.support.Eventually;
import nl.bijeen.aggregator.support.FixtureServer;
import nl.bijeen.aggregator.support.GeneratedCalendar;
import nl.bijeen.aggregator.support.StallingDataSource;
import nl.bijeen.aggregator.support.TestDatabase;

/**
 * A crawler process killed in the middle of a crawl (kill -9, power cut) leaves a consistent store: the crawl's
 * changes are all there or none are, the source's validators belong to what is stored, every change-log entry
 * points at an activity, and the next crawl by a fresh process stores the whole feed once. The crawl runs in a
 * second JVM ({@link KilledCrawlChild}) on the same database; this test kills it and then opens the store itself.
 * The checks go through the aggregator's public API, with raw SQL only on the {@code source} table.
 */
abstract class KilledCrawlSpec {

    private static final int FIRST_CRAWL_ITEMS = 3;
    private static final int BIG_FEED_ITEMS = 1000;
    /** Well inside the big crawl's write transaction: an INSERT for each new activity and one for its date. */
    private static final int STALL_AT_INSERT = 400;
    private static final Duration CHILD_PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private TestDatabase db;
    private FixtureServer server;
    private final GeneratedCalendar calendar = new GeneratedCalendar();
    private final CountDownLatch endOfTest = new CountDownLatch(1);
    private SourceDefinition kern;

    /** A new, empty database for one test, which a second process can open too. */
    protected abstract TestDatabase openDatabase(Path directory);

    /** The JDBC URL and the schema ("-" for none) under which the child finds the same database. */
    protected abstract List<String> whereTheChildFindsIt(TestDatabase database);

    /** Lets go of the database in this process, so that the child can open it (H2 file: one process at a time). */
    protected abstract void letGo(TestDatabase database);

    /** What the store held after the first, good crawl. */
    private record Stored(List<Long> ids, List<String> titles, long lastSeq, String etag) {
    }

    @BeforeEach
    void openDatabaseAndServer() {
        db = openDatabase(dir);
        server = new FixtureServer();
        kern = KilledCrawlChild.source("kern", server.uri("/kern.ics"));
    }

    @AfterEach
    void closeAll() {
        endOfTest.countDown();
        server.close();
        db.close();
    }

    @Test
    void aProcessKilledWhileTheFeedComesInLeavesTheStoreAsItWasAndTheNextCrawlStoresTheWholeFeed() {
        Stored before = crawledOnceInThisProcess();
        byte[] big = calendar.withEvents(BIG_FEED_ITEMS);
        CountDownLatch halfSent = new CountDownLatch(1);
        server.on(path(), exchange -> sendHalfAndWait(exchange, big, halfSent));

        try (ChildJvm child = startChild(0)) {
            Eventually.waitUntil("the child has received half the feed", CHILD_PATIENCE, () -> {
                assertThat(child.isAlive()).as("child alive; its output:%n%s", child.output()).isTrue();
                return halfSent.getCount() == 0;
            });
            child.kill(CHILD_PATIENCE);
            assertThat(child.printed(KilledCrawlChild.FINISHED)).as(child.output()).isFalse();
        }

        assertUnchanged(before);
        server.serve(path(), "text/calendar", big);
        assertTheNextCrawlStoresTheWholeFeedOnce(before);
    }

    @Test
    void aProcessKilledHalfwayThroughWritingACrawlLeavesNoneOfItAndTheNextCrawlStoresTheWholeFeed() {
        Stored before = crawledOnceInThisProcess();
        server.serve(path(), "text/calendar", calendar.withEvents(BIG_FEED_ITEMS));

        try (ChildJvm child = startChild(STALL_AT_INSERT)) {
            child.awaitLine(StallingDataSource.STALLED, CHILD_PATIENCE);
            assertThat(child.printed(KilledCrawlChild.CRAWLING)).as("stalled in the crawl, not at start-up").isTrue();
            child.kill(CHILD_PATIENCE);
            assertThat(child.printed(KilledCrawlChild.FINISHED)).as(child.output()).isFalse();
        }

        assertUnchanged(before);
        assertTheNextCrawlStoresTheWholeFeedOnce(before);
    }

    /** A good crawl of a small feed, by an aggregator in this process that is closed again (the file is let go). */
    private Stored crawledOnceInThisProcess() {
        server.serve(path(), "text/calendar", calendar.withEvents(FIRST_CRAWL_ITEMS));
        try (Aggregator aggregator = start()) {
            CrawlOutcome outcome = aggregator.crawlNow(kern.id());
            assertThat(outcome.inserted()).as(outcome.toString()).isEqualTo(FIRST_CRAWL_ITEMS);
            List<StoredActivity> stored = aggregator.store().findBySource(kern.id());
            return new Stored(stored.stream().map(StoredActivity::id).toList(), titles(stored),
                    aggregator.store().lastSeq(), etag());
        }
    }

    private void assertUnchanged(Stored before) {
        try (Aggregator aggregator = start()) {
            List<StoredActivity> stored = aggregator.store().findBySource(kern.id());
            assertThat(stored).extracting(StoredActivity::id).containsExactlyElementsOf(before.ids());
            assertThat(titles(stored)).containsExactlyElementsOf(before.titles());
            assertThat(aggregator.store().lastSeq()).isEqualTo(before.lastSeq());
            assertThat(etag()).as("the validators still belong to the stored crawl").isEqualTo(before.etag());
            assertThat(status(aggregator).itemCount()).isEqualTo(FIRST_CRAWL_ITEMS);
            assertChangeLogMatchesTheStore(aggregator);
        }
    }

    private void assertTheNextCrawlStoresTheWholeFeedOnce(Stored before) {
        try (Aggregator aggregator = start()) {
            CrawlOutcome outcome = aggregator.crawlNow(kern.id());

            assertThat(outcome.success()).as(outcome.toString()).isTrue();
            assertThat(outcome.inserted()).isEqualTo(BIG_FEED_ITEMS - FIRST_CRAWL_ITEMS);
            assertThat(outcome.updated()).isZero();
            List<StoredActivity> stored = aggregator.store().findBySource(kern.id());
            assertThat(stored).hasSize(BIG_FEED_ITEMS);
            assertThat(stored).extracting(StoredActivity::id).doesNotHaveDuplicates().containsAll(before.ids());
            assertThat(stored).extracting(a -> a.draft().sourceItemId()).doesNotHaveDuplicates();
            assertThat(aggregator.store().lastSeq()).isEqualTo(before.lastSeq() + BIG_FEED_ITEMS - FIRST_CRAWL_ITEMS);
            assertThat(etag()).isNotNull().isNotEqualTo(before.etag());
            assertThat(status(aggregator).itemCount()).isEqualTo(BIG_FEED_ITEMS);
            assertChangeLogMatchesTheStore(aggregator);
        }
    }

    /** Every change points at an activity that is there (unless removed), and every live activity was announced. */
    private void assertChangeLogMatchesTheStore(Aggregator aggregator) {
        List<Change> changes = aggregator.store().changesAfter(0, Integer.MAX_VALUE);
        assertThat(changes).extracting(Change::seq).isSorted().doesNotHaveDuplicates();
        if (!changes.isEmpty()) {
            assertThat(changes.getLast().seq()).isEqualTo(aggregator.store().lastSeq());
        }
        Map<Long, Change.Op> lastOp = new HashMap<>();
        changes.forEach(change -> lastOp.put(change.activityId(), change.op()));
        // one source only: its live activities are all the live activities there are (one query, not one per id)
        Set<Long> live = aggregator.store().findBySource(kern.id()).stream().map(StoredActivity::id)
                .collect(Collectors.toSet());
        assertThat(aggregator.store().count()).isEqualTo(live.size());
        lastOp.forEach((id, op) -> assertThat(live.contains(id))
                .as("activity %d, last change %s", id, op).isEqualTo(op != Change.Op.REMOVE));
        assertThat(lastOp.keySet()).containsAll(live);
    }

    private ChildJvm startChild(int stallAtInsert) {
        letGo(db);
        List<String> args = new ArrayList<>(whereTheChildFindsIt(db));
        args.addAll(List.of(kern.id(), kern.url().toString(), Integer.toString(stallAtInsert)));
        return ChildJvm.start(KilledCrawlChild.class, args.toArray(String[]::new));
    }

    private Aggregator start() {
        return Aggregator.start(KilledCrawlChild.settings(), db.dataSource(), List.of(kern));
    }

    /** Headers for the whole feed, then half of it; then nothing until the test ends (the child is killed first). */
    private void sendHalfAndWait(com.sun.net.httpserver.HttpExchange exchange, byte[] feed, CountDownLatch halfSent)
            throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/calendar");
        exchange.sendResponseHeaders(200, feed.length);
        OutputStream out = exchange.getResponseBody();
        out.write(feed, 0, feed.length / 2);
        out.flush();
        halfSent.countDown();
        try {
            endOfTest.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private nl.bijeen.aggregator.source.SourceStatus status(Aggregator aggregator) {
        return aggregator.sources().stream().filter(s -> s.id().equals(kern.id())).findFirst().orElseThrow();
    }

    private String etag() {
        return db.queryString("SELECT etag FROM source WHERE id = ?", kern.id());
    }

    private String path() {
        return kern.url().getPath();
    }

    private static List<String> titles(List<StoredActivity> stored) {
        return stored.stream().map(a -> a.draft().title()).toList();
    }
}
