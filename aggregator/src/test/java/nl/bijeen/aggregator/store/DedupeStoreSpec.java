package nl.bijeen.aggregator.store;

import static nl.bijeen.aggregator.support.Drafts.retitled;
import static nl.bijeen.aggregator.support.Drafts.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.aggregator.dedupe.Publication;
import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceRegistry;
import nl.bijeen.aggregator.support.TestDatabase;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Place;
import nl.bijeen.connectors.model.Schedule;

/**
 * Deduplication in the store, on a real database: items of several sources that describe one activity become one
 * activity listing every source, with an id that stays put, no change-log churn, and admin decisions that later
 * crawls respect. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DedupeStoreSpec {

    private TestDatabase db;
    private ActivityStore store;
    private DedupeDecisions decisions;
    private final ActivitySync sync = new ActivitySync();

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void migrate() {
        db = openDatabase();
        StoreMigrations.migrate(db.dataSource());
        store = new ActivityStore(db.dataSource());
        decisions = new DedupeDecisions(db.dataSource(), DedupeSettings.defaults());
    }

    @AfterAll
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void twoSources() {
        db.emptyStore();
        List<SourceDefinition> sources = new ArrayList<>();
        for (String id : List.of("kern", "wijkplatform", "kerk")) {
            sources.add(new SourceDefinition(id, "Site " + id, URI.create("https://" + id + ".example/"), "ical",
                    Duration.ofHours(1)));
        }
        new SourceRegistry(db.dataSource()).sync(sources, Instant.now());
    }

    @Test
    void theSameActivityOnTwoSitesIsOneActivityListingBoth() {
        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        apply("wijkplatform", weekly("wijkplatform", "w1", "Koffie-ochtend in De Kern", 10));

        assertThat(store.count()).isEqualTo(1);
        StoredActivity activity = store.findBySource("wijkplatform").getFirst();
        assertThat(activity.publications()).extracting(Publication::sourceId)
                .containsExactlyInAnyOrder("kern", "wijkplatform");
        assertThat(store.findBySource("kern")).containsExactly(activity);
        assertThat(store.changesAfter(0, 10)).extracting(Change::activityId, Change::op).containsExactly(
                org.assertj.core.groups.Tuple.tuple(activity.id(), Change.Op.INSERT),
                org.assertj.core.groups.Tuple.tuple(activity.id(), Change.Op.UPDATE));
    }

    @Test
    void recrawlingUnchangedSitesAddsNoChanges() {
        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        apply("wijkplatform", weekly("wijkplatform", "w1", "Koffie-ochtend in De Kern", 10));
        long seq = store.lastSeq();

        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        apply("wijkplatform", weekly("wijkplatform", "w1", "Koffie-ochtend in De Kern", 10));

        assertThat(store.lastSeq()).isEqualTo(seq);
    }

    @Test
    void theActivityKeepsItsIdWhileASecondSiteJoinsAndLeaves() {
        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        long id = store.findBySource("kern").getFirst().id();
        apply("wijkplatform", weekly("wijkplatform", "w1", "Koffieochtend", 10));
        assertThat(store.findBySource("wijkplatform").getFirst().id()).isEqualTo(id);
        long seq = store.lastSeq();

        goneFrom("wijkplatform");

        assertThat(store.find(id).orElseThrow().publications()).extracting(Publication::sourceId)
                .containsExactly("kern");
        assertThat(store.changesAfter(seq, 10)).extracting(Change::activityId, Change::op)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, Change.Op.UPDATE));
    }

    @Test
    void whenTheLastItemIsGoneTheActivityIsRemoved() {
        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        long id = store.findBySource("kern").getFirst().id();

        goneFrom("kern");

        assertThat(store.find(id)).isEmpty();
        assertThat(store.changesAfter(1, 10)).extracting(Change::activityId, Change::op)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, Change.Op.REMOVE));
    }

    @Test
    void theMoreTrustedSitesWordingWinsAndDatesAndThemesCombine() {
        db.execute("UPDATE source SET priority = 50 WHERE id = 'wijkplatform'");
        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        ActivityDraft platform = weekly("wijkplatform", "w1", "Koffieochtend voor iedereen", 10)
                .withAudiencesAndThemes(List.of("senioren"), List.of("eten"));

        apply("wijkplatform", platform);

        ActivityDraft merged = store.findBySource("kern").getFirst().draft();
        assertThat(merged.title()).isEqualTo("Koffieochtend voor iedereen");
        assertThat(merged.themes()).containsExactly("eten", "ontmoeting");
    }

    @Test
    void aSeriesAndOneOfItsDatesOnAnotherSiteAreOneActivityWithEveryDate() {
        ActivityDraft series = weekly("kern", "k1", "Koffieochtend", 10);
        apply("kern", series);
        ActivityDraft single = weekly("kerk", "c1", "Koffieochtend", 10);
        single = single.withSchedule(new Schedule(single.schedule().zone(), false,
                List.of(single.schedule().occurrences().get(5))), single.status());

        apply("kerk", single);

        assertThat(store.count()).isEqualTo(1);
        StoredActivity activity = store.findBySource("kerk").getFirst();
        assertThat(activity.draft().schedule().occurrences()).hasSize(10);
        assertThat(activity.publications()).hasSize(2);
    }

    @Test
    void activitiesFarApartStayApartEvenWithTheSameTitleAndTime() {
        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        apply("kerk", elsewhere(weekly("kerk", "c1", "Koffieochtend", 10)));

        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void neverMergeSplitsAnActivityAndLaterCrawlsRespectIt() {
        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        apply("wijkplatform", weekly("wijkplatform", "w1", "Koffieochtend", 10));
        long kernItem = itemId("kern", "k1");
        long platformItem = itemId("wijkplatform", "w1");

        DedupeResult result = decisions.neverMerge(kernItem, platformItem, "admin", "twee groepen");

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(store.count()).isEqualTo(2);
        apply("wijkplatform", retitled(weekly("wijkplatform", "w1", "Koffieochtend", 10), "Koffieochtend!"));
        assertThat(store.count()).as("a later crawl does not merge them again").isEqualTo(2);
        assertThat(decisions.decisions()).extracting(DedupeDecisions.Decision::kind)
                .containsExactly(DedupeDecisions.Kind.NEVER);
    }

    @Test
    void mergeJoinsItemsTheScoresKeepApartAndLaterCrawlsRespectIt() {
        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        apply("kerk", elsewhere(weekly("kerk", "c1", "Koffie na de dienst", 10)));
        assertThat(store.count()).isEqualTo(2);

        decisions.merge(itemId("kern", "k1"), itemId("kerk", "c1"), "admin", "zelfde ochtend, andere ingang");

        assertThat(store.count()).isEqualTo(1);
        apply("kerk", elsewhere(weekly("kerk", "c1", "Koffie na de kerkdienst", 10)));
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void splitTakesOneItemOutOfItsActivityAndTheRestKeepTheId() {
        apply("kern", weekly("kern", "k1", "Koffieochtend", 10));
        apply("wijkplatform", weekly("wijkplatform", "w1", "Koffieochtend", 10));
        apply("kerk", weekly("kerk", "c1", "Koffieochtend", 10));
        long id = store.findBySource("kern").getFirst().id();
        assertThat(store.members(id)).hasSize(3);

        decisions.split(itemId("kerk", "c1"), "admin", "andere koffieochtend");

        assertThat(store.count()).isEqualTo(2);
        assertThat(store.members(id)).extracting(ClusterMember::sourceId).containsExactly("kern", "wijkplatform");
        assertThat(store.findBySource("kerk").getFirst().id()).isNotEqualTo(id);
    }

    private void apply(String sourceId, ActivityDraft... drafts) {
        Transactions.inTransaction(db.dataSource(), "test sync",
                c -> sync.apply(c, sourceId, List.of(drafts), Sql.storable(Instant.now()), true));
    }

    /** The source's items are all gone (its feed shrank to nothing and that was confirmed). */
    private void goneFrom(String sourceId) {
        apply(sourceId);
    }

    private long itemId(String sourceId, String itemId) {
        return db.queryLong("SELECT id FROM source_item WHERE source_id = ? AND source_item_id = ?", sourceId,
                itemId);
    }

    /** The same draft in another village, kilometres away. */
    private static ActivityDraft elsewhere(ActivityDraft draft) {
        return draft.withPlace(new Place("Dorpskerk", "Kerkstraat 1, 2235 AA Valkenburg", 52.18, 4.43));
    }
}
