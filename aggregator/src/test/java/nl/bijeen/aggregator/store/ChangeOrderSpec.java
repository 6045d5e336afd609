package nl.bijeen.aggregator.store;

import static nl.bijeen.aggregator.support.Drafts.retitled;
import static nl.bijeen.aggregator.support.Drafts.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceRegistry;
import nl.bijeen.aggregator.support.Eventually;
import nl.bijeen.aggregator.support.TestDatabase;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Place;

/**
 * Concurrent writers and a reader of the change sequence: numbers must become visible in commit order with no
 * gaps, so a follower that remembers "I have seen up to N" never misses anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ChangeOrderSpec {

    private static final int WRITERS = 4;
    private static final int ROUNDS = 8;

    private TestDatabase db;
    private ActivityStore store;
    private final ActivitySync sync = new ActivitySync();
    private ExecutorService threads;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void migrate() {
        db = openDatabase();
        StoreMigrations.migrate(db.dataSource());
        store = new ActivityStore(db.dataSource());
        List<SourceDefinition> sources = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            sources.add(new SourceDefinition("wijk-" + i, null, URI.create("https://wijk" + i + ".example/"), null,
                    Duration.ofHours(1)));
        }
        new SourceRegistry(db.dataSource()).sync(sources, Instant.now());
    }

    @BeforeEach
    void startThreads() {
        threads = Executors.newCachedThreadPool();
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @AfterAll
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aSecondWriterWaitsForTheFirstSoNoReaderSeesALaterNumberFirst() throws Exception {
        long start = store.lastSeq();
        CountDownLatch firstHoldsNumbers = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<?> first = threads.submit(() -> write("wijk-0", List.of(elsewhere(weekly("wijk-0", "lock-a", "A", 1)),
                elsewhere(weekly("wijk-0", "lock-b", "B", 1))), () -> {
            firstHoldsNumbers.countDown();
            await(commitFirst);
        }));
        assertThat(firstHoldsNumbers.await(20, TimeUnit.SECONDS)).isTrue();
        Future<?> second = threads.submit(() -> write("wijk-1", List.of(elsewhere(weekly("wijk-1", "lock-c", "C", 1))), () -> { }));

        Eventually.waitUntil("the second writer waits for the store's write lock", Duration.ofSeconds(20),
                db::someoneWaitsForALock);
        assertThat(store.changesAfter(start, 100)).as("nothing is visible before the first commit").isEmpty();
        assertThat(store.lastSeq()).isEqualTo(start);

        commitFirst.countDown();
        first.get(20, TimeUnit.SECONDS);
        second.get(20, TimeUnit.SECONDS);
        List<Change> changes = store.changesAfter(start, 100);
        assertThat(changes).extracting(Change::seq).containsExactly(start + 1, start + 2, start + 3);
        assertThat(store.find(changes.getLast().activityId()).orElseThrow().draft().sourceId()).isEqualTo("wijk-1");
    }

    @Test
    void concurrentWritersProduceGaplessNumbersThatAFollowerSeesInOrder() throws Exception {
        long start = store.lastSeq();
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<List<Long>> follower = threads.submit(() -> follow(start, writing));
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String source = "wijk-" + w;
            writers.add(threads.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    write(source, round(source, round), () -> { });
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);

        List<Long> seen = follower.get(60, TimeUnit.SECONDS);
        long end = store.lastSeq();
        assertThat(end - start).as("every round changes something").isGreaterThanOrEqualTo((long) WRITERS * ROUNDS);
        assertThat(seen).as("the follower saw every number once, in order")
                .containsExactlyElementsOf(LongStream.rangeClosed(start + 1, end).boxed().toList());
    }

    /** Reads like the index follower: always asks for what comes after the last number it saw. */
    private List<Long> follow(long from, AtomicBoolean writing) {
        List<Long> seen = new ArrayList<>();
        long last = from;
        while (true) {
            // read the flag before the page: once it is down, every commit precedes this read, so an empty page means done
            boolean stillRunning = writing.get();
            List<Change> page = store.changesAfter(last, 50);
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

    /** Each round alternates content, so every round of every writer updates, inserts and removes. */
    private static List<ActivityDraft> round(String source, int round) {
        ActivityDraft walk = elsewhere(weekly(source, "wandelen", "Wandelen", 2));
        return round % 2 == 0
                ? List.of(walk, elsewhere(weekly(source, "breien", "Breien", 2)))
                : List.of(retitled(walk, "Wandelen (lange route)"), elsewhere(weekly(source, "koken", "Koken", 2)));
    }

    /**
     * The draft in a village of its own source, kilometres from the others: the writers publish different
     * activities, so deduplication merges nothing and every write is a change of its own.
     */
    private static ActivityDraft elsewhere(ActivityDraft draft) {
        int village = Integer.parseInt(draft.sourceId().substring(draft.sourceId().indexOf('-') + 1));
        return draft.withPlace(new Place("Dorpshuis " + village, null, 52.0 + 0.05 * village, 4.4));
    }

    private void write(String source, List<ActivityDraft> drafts, Runnable beforeCommit) {
        Transactions.inTransaction(db.dataSource(), "test writer", c -> {
            SyncResult result = sync.apply(c, source, drafts, Sql.storable(Instant.now()));
            beforeCommit.run();
            return result;
        });
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the first writer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
