package nl.bijeen.aggregator.store;

import static nl.bijeen.aggregator.support.Drafts.retitled;
import static nl.bijeen.aggregator.support.Drafts.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceRegistry;
import nl.bijeen.aggregator.support.TestDatabase;
import nl.bijeen.connectors.model.ActivityDraft;

/**
 * When the store gives an item up (K = 2 missing crawls, or missing with its last date past) and the crawl log's
 * housekeeping, on a real database. Times are fixed: the weekly drafts run from 5 January 2027 for some weeks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ItemLifecycleSpec {

    /** Before every draft's dates. */
    static final Instant BEFORE_THE_DATES = Instant.parse("2026-12-01T09:00:00Z");
    /** After the three-week drafts have ended, before the ten-week ones have. */
    static final Instant AFTER_THREE_WEEKS = Instant.parse("2027-02-01T09:00:00Z");

    protected TestDatabase db;
    protected ActivityStore store;
    private final ActivitySync sync = new ActivitySync(2, DedupeSettings.defaults());
    private final List<SourceDefinition> sources = new ArrayList<>();

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void migrate() {
        db = openDatabase();
        StoreMigrations.migrate(db.dataSource());
        store = new ActivityStore(db.dataSource());
    }

    @AfterAll
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void emptyStore() {
        db.emptyStore();
    }

    private String newSource() {
        String id = "bron-" + (sources.size() + 1);
        sources.add(new SourceDefinition(id, null, URI.create("https://" + id + ".example/agenda.ics"), "ical",
                Duration.ofHours(1)));
        new SourceRegistry(db.dataSource()).sync(sources, BEFORE_THE_DATES);
        return id;
    }

    private SyncResult apply(String sourceId, Instant now, ActivityDraft... drafts) {
        return Transactions.inTransaction(db.dataSource(), "test sync",
                c -> sync.apply(c, sourceId, List.of(drafts), now));
    }

    private long idOf(String sourceId, String itemId) {
        return db.queryLong("SELECT activity_id FROM source_item WHERE source_id = ? AND source_item_id = ?", sourceId, itemId);
    }

    private List<Change> changesSince(long seq) {
        return store.changesAfter(seq, 100);
    }

    @Test
    void anItemMissingOnceStaysAndMissingTwiceIsGoneWithARemoveButKeptForTheHistory() {
        String source = newSource();
        ActivityDraft koffie = weekly(source, "koffie", "Koffieochtend", 10);
        ActivityDraft repair = weekly(source, "repair", "Repair Café", 10);
        apply(source, BEFORE_THE_DATES, koffie, repair);
        long repairId = idOf(source, "repair");

        assertThat(apply(source, BEFORE_THE_DATES, koffie)).usingRecursiveComparison().ignoringFields("dedupe").isEqualTo(new SyncResult(0, 0, 0, 1, 1));
        assertThat(store.find(repairId)).isPresent();
        long seq = store.lastSeq();

        assertThat(apply(source, BEFORE_THE_DATES, koffie)).usingRecursiveComparison().ignoringFields("dedupe").isEqualTo(new SyncResult(0, 0, 1, 1, 0));
        assertThat(changesSince(seq)).extracting(Change::seq, Change::activityId, Change::op)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(seq + 1, repairId, Change.Op.REMOVE));
        assertThat(store.find(repairId)).isEmpty();
        assertThat(store.findBySource(source)).extracting(a -> a.draft().title()).containsExactly("Koffieochtend");
        assertThat(store.history(source)).extracting(a -> a.draft().title())
                .containsExactly("Koffieochtend", "Repair Café");
        assertThat(db.queryLong("SELECT COUNT(*) FROM occurrence o JOIN source_item si ON si.id = o.item_id WHERE si.activity_id = ?", repairId)).isEqualTo(10);

        assertThat(apply(source, BEFORE_THE_DATES, koffie)).as("a gone item is not removed twice")
                .usingRecursiveComparison().ignoringFields("dedupe").isEqualTo(new SyncResult(0, 0, 0, 1, 0));
        assertThat(store.lastSeq()).isEqualTo(seq + 1);
    }

    @Test
    void anItemThatReappearsUnchangedLosesItsMissingCountWithoutAnyChange() {
        String source = newSource();
        ActivityDraft koffie = weekly(source, "koffie", "Koffieochtend", 10);
        ActivityDraft repair = weekly(source, "repair", "Repair Café", 10);
        apply(source, BEFORE_THE_DATES, koffie, repair);
        apply(source, BEFORE_THE_DATES, koffie);
        long seq = store.lastSeq();

        assertThat(apply(source, BEFORE_THE_DATES, koffie, repair)).usingRecursiveComparison().ignoringFields("dedupe").isEqualTo(new SyncResult(0, 0, 0, 2, 0));
        assertThat(db.queryLong("SELECT missing_count FROM source_item WHERE activity_id = ?", idOf(source, "repair"))).isZero();
        assertThat(changesSince(seq)).as("no REMOVE/INSERT churn").isEmpty();

        apply(source, BEFORE_THE_DATES, koffie);
        assertThat(store.find(idOf(source, "repair"))).as("missing once again: the count started over").isPresent();
    }

    @Test
    void aGoneItemThatComesBackIsLiveAgainWithAnInsert() {
        String source = newSource();
        ActivityDraft koffie = weekly(source, "koffie", "Koffieochtend", 10);
        ActivityDraft repair = weekly(source, "repair", "Repair Café", 10);
        apply(source, BEFORE_THE_DATES, koffie, repair);
        apply(source, BEFORE_THE_DATES, koffie);
        apply(source, BEFORE_THE_DATES, koffie);
        long repairId = idOf(source, "repair");
        long seq = store.lastSeq();

        ActivityDraft back = retitled(repair, "Repair Café (terug)");
        assertThat(apply(source, BEFORE_THE_DATES, koffie, back)).usingRecursiveComparison().ignoringFields("dedupe").isEqualTo(new SyncResult(1, 0, 0, 1, 0));
        assertThat(changesSince(seq)).extracting(Change::activityId, Change::op)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(repairId, Change.Op.INSERT));
        assertThat(store.find(repairId).orElseThrow().draft()).isEqualTo(back);
    }

    @Test
    void aPastActivityMissingFromTheFeedLeavesTheOverviewAtOnceButStaysInTheStore() {
        String source = newSource();
        ActivityDraft workshop = weekly(source, "workshop", "Workshop mozaïek", 3);
        ActivityDraft koffie = weekly(source, "koffie", "Koffieochtend", 10);
        apply(source, BEFORE_THE_DATES, workshop, koffie);
        long workshopId = idOf(source, "workshop");
        long seq = store.lastSeq();

        assertThat(apply(source, AFTER_THREE_WEEKS, koffie)).usingRecursiveComparison().ignoringFields("dedupe").isEqualTo(new SyncResult(0, 0, 1, 1, 0));
        assertThat(changesSince(seq)).extracting(Change::activityId, Change::op)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(workshopId, Change.Op.REMOVE));
        assertThat(store.find(workshopId)).isEmpty();
        assertThat(store.history(source)).extracting(StoredActivity::id).contains(workshopId);
        assertThat(store.history(source).getFirst().draft()).isEqualTo(workshop);
    }

    @Test
    void housekeepingDeletesCrawlLogRowsOlderThanTheRetention() {
        String source = newSource();
        Instant now = Instant.parse("2027-03-31T12:00:00Z");
        Transactions.inTransaction(db.dataSource(), "test log", c -> {
            for (int daysAgo : new int[] {45, 31, 29, 1}) {
                CrawlLog.append(c, CrawlLogEntry.withoutChanges(source, now.minus(Duration.ofDays(daysAgo)), 12,
                        CrawlLogEntry.Outcome.FAILED, null, daysAgo + " dagen geleden mislukt"));
            }
            return null;
        });

        int deleted = new CrawlLogHousekeeping(db.dataSource(), Duration.ofDays(30),
                Clock.fixed(now, ZoneOffset.UTC)).run();

        assertThat(deleted).isEqualTo(2);
        List<CrawlLogEntry> kept = Transactions.read(db.dataSource(), "read", c -> CrawlLog.recent(c, source, 10));
        assertThat(kept).extracting(CrawlLogEntry::error)
                .containsExactly("1 dagen geleden mislukt", "29 dagen geleden mislukt");
    }
}
