package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.demo.DemoOrganisation;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.aggregator.demo.DemoWorldServer;
import nl.bijeen.aggregator.demo.ExpectedItem;
import nl.bijeen.aggregator.normalise.NormaliseSettings;
import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.support.TestDatabase;

/**
 * Acceptance of issue 8's recognition on the demo world: the whole world crawled over loopback with the shipped
 * config gives at least 30 organisations; every organisation the sites name in several ways is exactly one stored
 * organisation; look-alike organisations stay apart; every activity whose items name an organiser is linked to the
 * organisation the world says organises it; and a re-crawl of the unchanged world writes no organisation change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoWorldOrganisationsSpec {

    private static final Path CONFIG = Path.of(System.getProperty("bijeen.config.dir", "../config"));

    private final DemoWorld world = DemoWorld.load(CONFIG);
    private final Clock clock = Clock.systemDefaultZone();
    private TestDatabase db;
    private DemoWorldServer server;
    private Aggregator aggregator;
    private OrganisationStore organisations;

    protected abstract TestDatabase openDatabase();

    @BeforeAll
    void crawlTheWholeWorld() {
        db = openDatabase();
        server = DemoWorldServer.start(world);
        AggregatorSettings base = CrawlSpec.settings(false, Duration.ofSeconds(10));
        AggregatorSettings settings = new AggregatorSettings(base.crawlEnabled(), base.schedulerTick(),
                base.connectTimeout(), base.requestTimeout(), base.maxBodyBytes(), base.userAgent(), base.horizon(),
                CONFIG.resolve("recipes"), base.fetchAllowList(), base.minHostDelay(),
                base.parkAfterFailures(), base.lifecycle(), base.dedupe());
        aggregator = Aggregator.start(settings, NormaliseSettings.fromConfigDir(CONFIG), db.dataSource(),
                world.sourceDefinitions(server.baseUri()));
        world.sites().forEach(site -> assertThat(aggregator.crawlNow(site.id()).success()).as(site.id()).isTrue());
        organisations = new OrganisationStore(db.dataSource());
    }

    @AfterAll
    void stop() {
        if (aggregator != null) {
            aggregator.close();
        }
        if (server != null) {
            server.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theDemoWorldGivesAtLeastThirtyOrganisations() {
        List<StoredOrganisation> live = organisations.live();
        live.forEach(o -> System.out.println("organisation " + o.id() + " " + o.name() + " " + o.otherNames() + " "
                + o.kind().code() + " " + o.activityCount() + " activities, sources " + o.sourceIds()));
        assertThat(live).hasSizeGreaterThanOrEqualTo(30);
        assertThat(aggregator.store().changesAfter(0, 100_000)).filteredOn(c -> !c.isActivity())
                .as("organisation entries in the change log").hasSizeGreaterThanOrEqualTo(live.size());
    }

    @Test
    void everyOrganisationTheSitesNameInSeveralWaysIsExactlyOneOrganisation() {
        Map<String, Set<Long>> storedByNaming = storedByNaming();
        Map<String, Set<Long>> storedOfDemo = new TreeMap<>();
        Set<String> joined = new TreeSet<>();
        int severalNamingsFound = 0;
        for (DemoOrganisation demo : world.publishedOrganisations(clock)) {
            Set<String> namings = world.namingsOf(demo.id(), clock);
            Set<Long> stored = new TreeSet<>();
            int found = 0;
            for (String naming : namings) {
                Set<Long> ids = storedByNaming.get(fold(naming));
                if (ids != null) {
                    stored.addAll(ids);
                    found++;
                }
            }
            storedOfDemo.put(demo.id() + " " + namings, stored);
            severalNamingsFound += found >= 2 ? 1 : 0;
            if (found == namings.size() && namings.size() >= 2 && stored.size() == 1) {
                joined.add(demo.id());
            }
        }
        assertThat(storedOfDemo).as("demo organisations spread over several stored ones")
                .allSatisfy((demo, stored) -> assertThat(stored).as(demo).hasSizeLessThanOrEqualTo(1));
        assertThat(severalNamingsFound).as("organisations found under two or more namings").isGreaterThanOrEqualTo(5);
        assertThat(joined).as("organisations whose every naming is one stored organisation").containsExactlyInAnyOrder(
                "welzijn-kust-en-rijn", "bibliotheek-duin-en-rijn", "mantelzorg-katwijk", "katwijk-beweegt",
                "nieuwkomers-katwijk", "kbo-katwijk", "buurthuis-de-kern");
        assertThat(oneOrganisationNamed("Welzijn Kust en Rijn").otherNames()).as("Welzijn Kust en Rijn")
                .contains("welzijnkustenrijn.example");
        assertThat(names(oneOrganisationNamed("Buurthuis De Kern"))).as("De Kern")
                .contains("Stichting Buurthuis De Kern");
        assertThat(names(oneOrganisationNamed("KBO Katwijk"))).as("KBO")
                .contains("Katholieke Bond van Ouderen afd. Katwijk");
    }

    @Test
    void nineInTenOrganisationsGetTheKindTheWorldGivesThem() {
        Map<String, Set<Long>> storedByNaming = storedByNaming();
        Map<Long, StoredOrganisation> byId = new HashMap<>();
        organisations.live().forEach(o -> byId.put(o.id(), o));
        List<String> wrong = new java.util.ArrayList<>();
        List<DemoOrganisation> published = world.publishedOrganisations(clock);
        for (DemoOrganisation demo : published) {
            Set<Long> stored = new TreeSet<>();
            world.namingsOf(demo.id(), clock).forEach(n -> stored.addAll(storedByNaming.getOrDefault(fold(n), Set.of())));
            String kind = stored.stream().map(id -> byId.get(id).kind().code()).findFirst().orElse("(not found)");
            if (!kind.equals(demo.kind())) {
                wrong.add(demo.name() + ": " + kind + " instead of " + demo.kind());
            }
        }
        System.out.println("kinds that differ from the world's: " + wrong);
        assertThat(wrong.size()).as("wrong kinds " + wrong).isLessThanOrEqualTo(published.size() / 10);
    }

    @Test
    void lookAlikeOrganisationsStayApart() {
        Map<String, Set<Long>> storedByNaming = storedByNaming();
        for (Set<String> pair : world.hardNegatives()) {
            List<Set<Long>> sides = pair.stream().map(id -> {
                Set<Long> ids = new TreeSet<>();
                world.namingsOf(id, clock).forEach(n -> ids.addAll(storedByNaming.getOrDefault(fold(n), Set.of())));
                return ids;
            }).toList();
            assertThat(sides.get(0)).as(pair + " share no organisation").doesNotContainAnyElementsOf(sides.get(1));
        }
    }

    @Test
    void everyActivityWhoseItemsNameAnOrganiserIsLinkedToTheOrganisationTheWorldSays() throws SQLException {
        Map<String, Long> activityOfItem = activityOfItem();
        Map<Long, Set<String>> linkedNames = new HashMap<>();
        for (StoredOrganisation o : organisations.live()) {
            for (long activity : organisations.activityIds(o.id())) {
                linkedNames.computeIfAbsent(activity, k -> new TreeSet<>()).addAll(names(o).stream()
                        .map(DemoWorldOrganisationsSpec::fold).toList());
            }
        }
        int checked = 0;
        for (DemoSite site : world.sites()) {
            for (ExpectedItem item : world.expectedItems(site.id(), clock, server.baseUri())) {
                String organisation = world.organisationOfActivity(item.activityId()).orElse(null);
                Long activity = activityOfItem.get(site.id() + " " + item.itemId());
                if (organisation == null || activity == null || item.organiser() == null
                        || item.organiser().name() == null) {
                    continue;
                }
                assertThat(linkedNames.getOrDefault(activity, Set.of())).as(site.id() + " " + item.itemId()
                        + " organised by " + organisation).containsAnyElementsOf(world.namingsOf(organisation, clock)
                        .stream().map(DemoWorldOrganisationsSpec::fold).toList());
                checked++;
            }
        }
        assertThat(checked).as("items naming their organiser").isGreaterThan(50);
    }

    @Test
    void aRecrawlOfTheUnchangedWorldWritesNoOrganisationChange() {
        long seq = aggregator.store().lastSeq();
        db.execute("UPDATE source SET etag = NULL, last_modified = NULL"); // full bodies: the hashes must decide

        world.sites().forEach(site -> assertThat(aggregator.crawlNow(site.id()).success()).as(site.id()).isTrue());

        assertThat(aggregator.store().changesAfter(seq, 100_000)).as("changes after an unchanged re-crawl").isEmpty();
    }

    private StoredOrganisation oneOrganisationNamed(String name) {
        List<StoredOrganisation> found = organisations.live().stream().filter(o -> names(o).stream()
                .anyMatch(n -> fold(n).equals(fold(name)))).toList();
        assertThat(found).as("organisations named " + name).hasSize(1);
        return found.getFirst();
    }

    private Map<String, Set<Long>> storedByNaming() {
        Map<String, Set<Long>> byNaming = new HashMap<>();
        for (StoredOrganisation o : organisations.live()) {
            names(o).forEach(n -> byNaming.computeIfAbsent(fold(n), k -> new TreeSet<>()).add(o.id()));
        }
        return byNaming;
    }

    private static List<String> names(StoredOrganisation o) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(o.name()), o.otherNames().stream()).toList();
    }

    private static String fold(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** "site itemId" → the live activity the item belongs to. */
    private Map<String, Long> activityOfItem() throws SQLException {
        Map<String, Long> activityOfItem = new HashMap<>();
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT source_id, source_item_id, activity_id FROM source_item WHERE gone_at IS NULL");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                activityOfItem.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
            }
        }
        return activityOfItem;
    }
}
