package nl.bijeen.aggregator.store;

import static nl.bijeen.aggregator.support.Drafts.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceEdit;
import nl.bijeen.aggregator.source.SourceEdits;
import nl.bijeen.aggregator.source.SourceRegistry;
import nl.bijeen.aggregator.source.SourceRepository;
import nl.bijeen.aggregator.support.TestDatabase;

/** What the control room changes in the store: hiding activities and admin edits of sources. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ControlRoomStoreSpec {

    private static final SourceDefinition FROM_FILE = new SourceDefinition("bron-1", "Bron", URI.create(
            "https://bron1.example/agenda.ics"), "ical", Duration.ofHours(1));

    protected TestDatabase db;
    private ActivityStore store;

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
        new SourceRegistry(db.dataSource()).sync(List.of(FROM_FILE), Instant.now());
    }

    @Test
    void aHiddenActivityIsNoLongerFoundAndTheIndexIsToldUntilItIsShownAgain() {
        Transactions.inTransaction(db.dataSource(), "test sync", c -> new ActivitySync().apply(c, "bron-1",
                List.of(weekly("bron-1", "koffie", "Koffieochtend", 2)), Sql.storable(Instant.now())));
        long id = store.changesAfter(0, 10).getFirst().activityId();
        long before = store.lastSeq();
        Hiding hiding = new Hiding(db.dataSource());

        assertThat(hiding.hide(id, "beheerder", "spam")).isTrue();

        assertThat(store.find(id)).isEmpty();
        assertThat(store.changesAfter(before, 10)).extracting(Change::op).containsExactly(Change.Op.REMOVE);
        assertThat(hiding.all()).singleElement().satisfies(h -> {
            assertThat(h.title()).isEqualTo("Koffieochtend");
            assertThat(h.reason()).isEqualTo("spam");
        });
        assertThat(hiding.hide(id, "beheerder", "nog eens")).as("already hidden").isFalse();

        assertThat(hiding.show(id)).isTrue();
        assertThat(store.find(id)).isPresent();
        assertThat(store.changesAfter(before + 1, 10)).extracting(Change::op).containsExactly(Change.Op.UPDATE);
    }

    @Test
    void anAdminEditWinsOverTheSourcesFileAtTheNextSync() {
        SourceEdits edits = new SourceEdits(db.dataSource());
        SourceDefinition edited = new SourceDefinition("bron-1", "Bron", FROM_FILE.url(), "ical", Duration.ofHours(6),
                null, List.of("senioren"), List.of(), "WK053701", 3, null, false);

        assertThat(edits.save("bron-1", SourceEdit.of(edited, "beheerder", Instant.now()))).isTrue();
        new SourceRegistry(db.dataSource()).sync(List.of(FROM_FILE), Instant.now());

        assertThat(edits.definition("bron-1")).contains(edited);
        assertThat(new SourceRepository(db.dataSource()).status("bron-1").orElseThrow().schedule())
                .isEqualTo(Duration.ofHours(6));
        assertThat(edits.find("bron-1")).hasValueSatisfying(e -> assertThat(e.editedBy()).isEqualTo("beheerder"));
    }

    @Test
    void aNewFormatIsAFreshStartForTheSource() {
        db.execute("UPDATE source SET etag = 'abc', consecutive_failures = 2 WHERE id = 'bron-1'");
        SourceDefinition edited = new SourceDefinition("bron-1", "Bron", FROM_FILE.url(), "feed",
                Duration.ofHours(1));

        new SourceEdits(db.dataSource()).save("bron-1", SourceEdit.of(edited, "beheerder", Instant.now()));

        assertThat(db.queryLong("SELECT COUNT(*) FROM source WHERE id = 'bron-1' AND etag IS NULL"
                + " AND consecutive_failures = 0 AND format = 'feed'")).isEqualTo(1);
    }
}
