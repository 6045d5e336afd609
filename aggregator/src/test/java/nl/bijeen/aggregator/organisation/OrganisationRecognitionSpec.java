package nl.bijeen.aggregator.organisation;

import static nl.bijeen.aggregator.support.Drafts.weekly;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.source.SourceDefinition;
import nl.bijeen.aggregator.source.SourceRegistry;
import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.aggregator.store.ActivitySync;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.store.ChangeLog;
import nl.bijeen.aggregator.store.DraftJson;
import nl.bijeen.aggregator.store.Sql;
import nl.bijeen.aggregator.store.StoreMigrations;
import nl.bijeen.aggregator.store.SyncResult;
import nl.bijeen.aggregator.store.Transactions;
import nl.bijeen.aggregator.support.TestDatabase;
import nl.bijeen.connectors.model.ActivityDraft;
import nl.bijeen.connectors.model.Occurrence;
import nl.bijeen.connectors.model.Schedule;
import nl.bijeen.connectors.model.OrganisationKind;
import nl.bijeen.connectors.model.Organiser;

/**
 * Organisations recognised in the store as crawls write it (sync, then the recognition pass, in one transaction as
 * the crawl writer does): namings across sources become one organisation, hard negatives stay apart, activities
 * are linked, unchanged crawls log nothing, gone namings remove their organisation, and the admin's decisions and
 * corrections win. Subclasses pick the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrganisationRecognitionSpec {

    private static final Path CONFIG = Path.of(System.getProperty("bijeen.config.dir", "../config"));
    private static final RecognitionSettings SETTINGS = RecognitionSettings.fromConfigDir(CONFIG);

    private TestDatabase db;
    private OrganisationStore organisations;
    private ActivityStore store;
    private final ActivitySync sync = new ActivitySync();
    private final OrganisationPass pass = new OrganisationPass(SETTINGS);

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void migrate() {
        db = openDatabase();
        StoreMigrations.migrate(db.dataSource());
        organisations = new OrganisationStore(db.dataSource());
        store = new ActivityStore(db.dataSource());
    }

    @AfterAll
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    @BeforeEach
    void empty() {
        db.emptyStore();
        List<SourceDefinition> sources = new ArrayList<>();
        for (String id : List.of("kwartier", "bieb", "buurt", "vliet")) {
            sources.add(new SourceDefinition(id, null, URI.create("https://" + id + ".example/agenda.ics"), "ical",
                    Duration.ofHours(1)));
        }
        new SourceRegistry(db.dataSource()).sync(sources, Instant.now());
    }

    @Test
    void oneOrganisationNamedDifferentlyOnThreeSitesIsOneOrganisationLinkedToAllTheirActivities() {
        crawl("kwartier", null, item("kwartier", "a", "Koffieochtend", organiser("Stichting Welzijnskwartier Katwijk",
                "https://www.welzijnskwartier.nl", "071-4012345")));
        crawl("bieb", null, item("bieb", "b", "Taalcafé", organiser("Welzijnskwartier", null, null)));
        crawl("buurt", new Organiser("welzijnskwartier.nl", "https://welzijnskwartier.nl", null),
                item("buurt", "c", "Wandelen", null));

        assertThat(organisations.live()).singleElement().satisfies(o -> {
            // each naming used once; a bare domain is no display name, and the richer naming beats the bare one
            assertThat(o.name()).isEqualTo("Stichting Welzijnskwartier Katwijk");
            assertThat(o.otherNames()).containsExactly("Welzijnskwartier", "welzijnskwartier.nl");
            assertThat(o.sourceIds()).containsExactly("bieb", "buurt", "kwartier");
            assertThat(o.kind()).isEqualTo(OrganisationKind.WELZIJN);
            assertThat(o.phone()).isEqualTo("071-4012345");
            assertThat(o.activityCount()).isEqualTo(3);
            assertThat(o.themes()).containsExactly("ontmoeting");
            assertThat(organisations.activityIds(o.id())).hasSize(3).hasSize((int) store.count());
        });
        assertThat(db.queryLong("SELECT COUNT(*) FROM activity_organisation WHERE role = 'PUBLISHER'")).isEqualTo(1);
    }

    @Test
    void hardNegativesStayTwoOrganisations() {
        crawl("vliet", null, item("vliet", "a", "Zwemles", organiser("Zwemvereniging De Vliet", "https://zvdevliet.nl",
                null)), item("vliet", "b", "Voetbal", organiser("Sportvereniging De Vliet", "https://svdevliet.nl", null)));
        crawl("buurt", null, item("buurt", "c", "Buurtborrel", organiser("Buurtvereniging Rijnsoever", null, null)),
                item("buurt", "d", "Buurtfeest", organiser("Buurtvereniging Rijnsburg-Noord", null, null)));

        assertThat(organisations.live()).extracting(StoredOrganisation::name).containsExactlyInAnyOrder(
                "Zwemvereniging De Vliet", "Sportvereniging De Vliet", "Buurtvereniging Rijnsoever",
                "Buurtvereniging Rijnsburg-Noord");
        assertThat(organisations.live()).extracting(StoredOrganisation::kind).contains(OrganisationKind.SPORT,
                OrganisationKind.BEWONERSINITIATIEF);
    }

    @Test
    void aRecrawlThatChangesNothingLogsNoOrganisationChange() {
        ActivityDraft koffie = item("kwartier", "a", "Koffieochtend", organiser("Welzijnskwartier", null, null));
        Organiser publisher = new Organiser("Welzijnskwartier", "https://welzijnskwartier.nl", null);
        crawl("kwartier", publisher, koffie);
        long seq = store.lastSeq();
        assertThat(store.changesAfter(0, 100)).filteredOn(c -> !c.isActivity()).extracting(Change::op)
                .containsExactly(Change.Op.INSERT);

        crawl("kwartier", publisher, koffie);

        assertThat(store.lastSeq()).isEqualTo(seq);
    }

    @Test
    void aNamingNoSourceUsesAnyMoreRemovesItsOrganisationAndAFailedCrawlWouldNot() {
        crawl("bieb", null, item("bieb", "a", "Voorlezen", organiser("Bibliotheek Katwijk", null, null)));
        long id = organisations.live().getFirst().id();
        assertThat(organisations.live().getFirst().kind()).isEqualTo(OrganisationKind.BIBLIOTHEEK);

        crawl("bieb", null, item("bieb", "a", "Voorlezen", null)); // the item no longer names its organiser

        assertThat(organisations.find(id)).isEmpty();
        assertThat(store.changesAfter(0, 100)).filteredOn(c -> !c.isActivity())
                .extracting(Change::op).containsExactly(Change.Op.INSERT, Change.Op.REMOVE);
        assertThat(db.queryLong("SELECT COUNT(*) FROM organisation_mention WHERE gone_at IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void theAdminsNeverSplitsWhatSignalsJoinMergeJoinsWhatTheyKeepApartAndUndoRestores() {
        crawl("kwartier", null, item("kwartier", "a", "Koffie", organiser("Welzijnskwartier", null, null)));
        crawl("bieb", null, item("bieb", "b", "Taal", organiser("Stichting Welzijnskwartier", null, null)));
        crawl("buurt", null, item("buurt", "c", "Buurtborrel", organiser("Buurtcomité De Horn", null, null)));
        OrganisationDecisions decisions = new OrganisationDecisions(db.dataSource(), SETTINGS);
        StoredOrganisation kwartier = named("Welzijnskwartier");
        long split = organisations.mentions(kwartier.id()).stream().filter(m -> m.sourceId().equals("bieb"))
                .findFirst().orElseThrow().id();

        decisions.splitOff(split, "beheerder", "andere stichting");
        assertThat(organisations.live()).hasSize(3);
        assertThat(named("Welzijnskwartier").id()).as("the part with the oldest naming keeps the id")
                .isEqualTo(kwartier.id());

        decisions.mergeOrganisations(kwartier.id(), named("Buurtcomité De Horn").id(), "beheerder", null);
        assertThat(organisations.live()).hasSize(2);
        assertThat(organisations.find(kwartier.id()).orElseThrow().otherNames()).contains("Buurtcomité De Horn");

        OrganisationDecisions.Decision never = decisions.decisions(named("Stichting Welzijnskwartier").id())
                .getFirst();
        decisions.undo(never.mentionA(), never.mentionB());
        assertThat(organisations.live()).hasSize(1);
        assertThat(organisations.live().getFirst().id()).isEqualTo(kwartier.id());
    }

    @Test
    void anAdminsCorrectionWinsOverWhatSourcesSayAndSurvivesARecrawl() {
        ActivityDraft koffie = item("kwartier", "a", "Koffie", organiser("Welzijnskwartier", null, "071-1111111"));
        crawl("kwartier", null, koffie);
        long id = organisations.live().getFirst().id();

        new OrganisationDecisions(db.dataSource(), SETTINGS).correct(id, new OrganisationEdit(OrganisationKind.ZORG,
                "Hulp bij mantelzorg", "071-2222222", null, null, List.of("ma-vr 9-17"), true), "beheerder");
        crawl("kwartier", null, koffie);

        StoredOrganisation corrected = organisations.find(id).orElseThrow();
        assertThat(corrected.kind()).isEqualTo(OrganisationKind.ZORG);
        assertThat(corrected.phone()).isEqualTo("071-2222222");
        assertThat(corrected.description()).isEqualTo("Hulp bij mantelzorg");
        assertThat(corrected.openingHours()).containsExactly("ma-vr 9-17");
        assertThat(corrected.subsidised()).isTrue();
    }

    @Test
    void crawlsInParallelThatNameOneOrganisationMakeOneOrganisation() throws Exception {
        List<String> sources = List.of("kwartier", "bieb", "buurt", "vliet");
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> crawls = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                String source = sources.get(i);
                String naming = List.of("Welzijnskwartier", "Stichting Welzijnskwartier", "welzijnskwartier.nl",
                        "Welzijnskwartier Katwijk").get(i);
                crawls.add(threads.submit(() -> crawl(source, null, item(source, "a", "Koffie",
                        organiser(naming, null, null)))));
            }
            for (java.util.concurrent.Future<?> crawl : crawls) {
                crawl.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(organisations.live()).singleElement().satisfies(o -> {
            assertThat(o.sourceIds()).containsExactlyInAnyOrderElementsOf(sources);
            assertThat(o.activityCount()).isEqualTo((int) store.count());
        });
        assertThat(db.queryLong("SELECT COUNT(DISTINCT organisation_id) FROM organisation_mention")).isEqualTo(1);
    }

    @Test
    void whatASiteOwnerSaysAboutTheirOrganisationCountsAtOnceAndGoesWhenTheyTakeItBack() {
        crawl("buurt", null, item("buurt", "a", "Buurtborrel", null));
        assertThat(organisations.live()).isEmpty();
        OrganisationDecisions decisions = new OrganisationDecisions(db.dataSource(), SETTINGS);
        Organiser owner = new Organiser("Bewonersgroep Hoornes", "https://hoornes.example", "info@hoornes.example",
                "071-4020202", null, "Bewoners van de Hoornes", null, List.of(), "bewonersinitiatief", null);
        Transactions.inTransaction(db.dataSource(), "owner registration", c -> {
            try (var insert = c.prepareStatement("INSERT INTO source_organisation (source_id, organiser_json, "
                    + "entered_by, entered_at) VALUES ('buurt', ?, 'eigenaar@hoornes.example', ?)")) {
                insert.setString(1, DraftJson.writeOrganiserJson(owner));
                Sql.setInstant(insert, 2, Sql.storable(Instant.now()));
                insert.executeUpdate();
            }
            return null;
        });

        decisions.ownerChanged("buurt");

        StoredOrganisation hoornes = named("Bewonersgroep Hoornes");
        assertThat(hoornes.kind()).isEqualTo(OrganisationKind.BEWONERSINITIATIEF);
        assertThat(hoornes.phone()).isEqualTo("071-4020202");
        assertThat(hoornes.sourceIds()).containsExactly("buurt");
        Transactions.inTransaction(db.dataSource(), "owner takes it back", c -> {
            try (var delete = c.prepareStatement("DELETE FROM source_organisation WHERE source_id = 'buurt'")) {
                delete.executeUpdate();
            }
            return null;
        });

        decisions.ownerChanged("buurt");

        assertThat(organisations.find(hoornes.id())).isEmpty();
    }

    private StoredOrganisation named(String name) {
        return organisations.live().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow(() ->
                new AssertionError(name + " not among " + organisations.live().stream().map(StoredOrganisation::name)
                        .toList()));
    }

    /** A successful crawl as the crawl writer stores it: items, then the organisation pass, in one transaction. */
    private void crawl(String sourceId, Organiser publisher, ActivityDraft... drafts) {
        Transactions.inTransaction(db.dataSource(), "test crawl", c -> {
            Instant now = Sql.storable(Instant.now());
            long seq = ChangeLog.lastSeq(c);
            SyncResult synced = sync.apply(c, sourceId, List.of(drafts), now);
            pass.afterCrawl(c, sourceId, publisher, true, synced.inserted() + synced.updated() + synced.removed() > 0,
                    seq, now);
            return null;
        });
    }

    /** A weekly item on its own weekday (by its one-letter id), so different items are different activities. */
    private static ActivityDraft item(String sourceId, String itemId, String title, Organiser organiser) {
        ActivityDraft draft = weekly(sourceId, itemId, title + " " + sourceId, 3);
        int day = itemId.charAt(0) - 'a' + 1;
        Schedule shifted = new Schedule(draft.schedule().zone(), false, draft.schedule().occurrences().stream()
                .map(o -> new Occurrence(o.start().plusDays(day), o.end().plusDays(day), o.cancelled())).toList());
        return new ActivityDraft(draft.sourceId(), draft.sourceItemId(), draft.title(), draft.description(),
                shifted, draft.place(), organiser, draft.audiences(), draft.themes(), draft.cost(),
                draft.image(), draft.link(), draft.status());
    }

    private static Organiser organiser(String name, String url, String phone) {
        return new Organiser(name, url, null, phone, null, null, null, List.of(), null, null);
    }
}
