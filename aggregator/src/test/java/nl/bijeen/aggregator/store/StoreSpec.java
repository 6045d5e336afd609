package nl.bijeen.aggregator.store;

import static nl.bijeen.aggregator.support.Drafts.retitled;
import static nl.bijeen.aggregator.support.Drafts.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceRegistry;
import nl.bijeen.aggregator.support.TestDatabase;
import nl.bijeen.connectors.model.ActivityDraft;

/** The store on a real database: schema, exact round trip, and the change sequence. Subclasses pick the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreSpec {

    protected TestDatabase db;
    protected ActivityStore store;
    private final ActivitySync sync = new ActivitySync();
    private int sourceCounter;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void migrate() {
        db = openDatabase();
        assertThat(StoreMigrations.migrate(db.dataSource())).as("every migration applied on an empty database")
                .isEqualTo(migrationFiles());
        store = new ActivityStore(db.dataSource());
    }

    /** The V*.sql files shipped (counted, so adding a migration does not mean editing this spec). */
    private static long migrationFiles() {
        try (java.util.stream.Stream<java.nio.file.Path> files =
                     java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

    /** A fresh registered source for one test. */
    protected String newSource() {
        String id = "bron-" + (++sourceCounter);
        List<SourceDefinition> all = new java.util.ArrayList<>();
        for (int i = 1; i <= sourceCounter; i++) {
            all.add(new SourceDefinition("bron-" + i, null, URI.create("https://bron" + i + ".example/agenda.ics"),
                    "ical", Duration.ofHours(1)));
        }
        new SourceRegistry(db.dataSource()).sync(all, Instant.now());
        return id;
    }

    protected SyncResult apply(String sourceId, List<ActivityDraft> drafts) {
        return Transactions.inTransaction(db.dataSource(), "test sync",
                c -> sync.apply(c, sourceId, drafts, Sql.storable(Instant.now())));
    }

    @Test
    void migrationsAreAppliedOnceAndStartAnEmptySequence() {
        assertThat(StoreMigrations.migrate(db.dataSource())).as("second run").isZero();
        assertThat(db.queryLong("SELECT COUNT(*) FROM change_counter")).isEqualTo(1);
        assertThat(store.lastSeq()).isZero();
        assertThat(store.changesAfter(0, 10)).isEmpty();
    }

    @Test
    void aStoredActivityReadsBackEqualToTheDraftThatWasStored() {
        String source = newSource();
        ActivityDraft draft = weekly(source, "koffie@kern", "Koffieochtend", 5);
        apply(source, List.of(draft));

        Change insert = store.changesAfter(0, 10).getFirst();
        StoredActivity stored = store.find(insert.activityId()).orElseThrow();
        assertThat(stored.draft()).isEqualTo(draft);
        assertThat(stored.firstSeen()).isEqualTo(stored.updatedAt());
        assertThat(db.queryLong("SELECT COUNT(*) FROM occurrence o JOIN source_item si ON si.id = o.item_id WHERE si.activity_id = ?", stored.id())).isEqualTo(5);
        assertThat(db.queryLong("SELECT COUNT(*) FROM occurrence WHERE cancelled = TRUE")).isEqualTo(1);
    }

    @Test
    void syncInsertsNewUpdatesChangedKeepsMissingOnceAndLeavesUnchangedAlone() {
        String source = newSource();
        ActivityDraft koffie = weekly(source, "koffie", "Koffieochtend", 3);
        ActivityDraft yoga = weekly(source, "yoga", "Stoelyoga", 3);
        ActivityDraft repair = weekly(source, "repair", "Repair Café", 3);
        assertThat(apply(source, List.of(koffie, yoga, repair))).usingRecursiveComparison().ignoringFields("dedupe").isEqualTo(new SyncResult(3, 0, 0, 0));
        long yogaId = store.changesAfter(0, 10).get(1).activityId();
        long repairId = store.changesAfter(0, 10).get(2).activityId();

        ActivityDraft taal = weekly(source, "taal", "Taalcafé", 2);
        SyncResult second = apply(source, List.of(koffie, retitled(yoga, "Stoelyoga (nieuwe tijd)"), taal));

        assertThat(second).usingRecursiveComparison().ignoringFields("dedupe").isEqualTo(new SyncResult(1, 1, 0, 1, 1));
        List<Change> changes = store.changesAfter(3, 10);
        assertThat(changes).extracting(Change::seq).containsExactly(4L, 5L);
        assertThat(changes).extracting(Change::op).containsExactlyInAnyOrder(Change.Op.INSERT, Change.Op.UPDATE);
        assertThat(changes).filteredOn(c -> c.op() == Change.Op.UPDATE).extracting(Change::activityId).containsExactly(yogaId);
        assertThat(store.find(yogaId).orElseThrow().draft().title()).isEqualTo("Stoelyoga (nieuwe tijd)");
        assertThat(store.find(repairId)).as("missing from one crawl: kept").isPresent();
        assertThat(db.queryLong("SELECT missing_count FROM source_item WHERE activity_id = ?", repairId)).isEqualTo(1);
        assertThat(store.lastSeq()).isEqualTo(5);
    }

    @Test
    void anUnchangedSourceWritesNothingAndTakesNoSequenceNumbers() {
        String source = newSource();
        List<ActivityDraft> drafts = List.of(weekly(source, "a", "Wandelen", 2), weekly(source, "b", "Breien", 2));
        apply(source, drafts);
        String updatedBefore = db.queryString("SELECT MAX(updated_at) FROM source_item");

        assertThat(apply(source, drafts)).usingRecursiveComparison().ignoringFields("dedupe").isEqualTo(new SyncResult(0, 0, 0, 2));
        assertThat(store.lastSeq()).isEqualTo(2);
        assertThat(db.queryString("SELECT MAX(updated_at) FROM source_item")).isEqualTo(updatedBefore);
    }

    @Test
    void aRolledBackWriteLeavesNoActivityAndNoGapInTheSequence() {
        String source = newSource();
        assertThatThrownBy(() -> Transactions.inTransaction(db.dataSource(), "failing crawl", c -> {
            sync.apply(c, source, List.of(weekly(source, "a", "Wandelen", 2)), Instant.now());
            throw new SQLException("the crawl broke off halfway");
        })).isInstanceOf(StoreException.class).hasMessageContaining("halfway");

        assertThat(store.count()).isZero();
        assertThat(store.lastSeq()).isZero();
        apply(source, List.of(weekly(source, "b", "Breien", 2)));
        assertThat(store.changesAfter(0, 10)).extracting(Change::seq).containsExactly(1L);
    }

    @Test
    void changesAfterReturnsAscendingPagesOfTheRequestedSize() {
        String source = newSource();
        apply(source, List.of(weekly(source, "a", "A", 1), weekly(source, "b", "B", 1), weekly(source, "c", "C", 1)));

        assertThat(store.changesAfter(0, 2)).extracting(Change::seq).containsExactly(1L, 2L);
        assertThat(store.changesAfter(2, 2)).extracting(Change::seq).containsExactly(3L);
        assertThat(store.changesAfter(3, 2)).isEmpty();
        assertThat(store.find(999_999)).isEmpty();
    }
}
