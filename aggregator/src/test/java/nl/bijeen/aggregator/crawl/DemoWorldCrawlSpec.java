package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.AggregatorSettings;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.aggregator.demo.DemoWorldServer;
import nl.bijeen.aggregator.demo.ExpectedItem;
import nl.bijeen.aggregator.normalise.NormaliseSettings;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.aggregator.support.Eventually;
import nl.bijeen.aggregator.support.TestDatabase;
import nl.bijeen.connectors.classify.Taxonomy;
import nl.bijeen.connectors.model.ActivityDraft;

/**
 * The whole demo world crawled over loopback: every site's items must arrive in the store, as many as the world's
 * own ground truth says the site publishes, under the item ids it says.
 */
abstract class DemoWorldCrawlSpec {

    private static final Path CONFIG = Path.of(System.getProperty("bijeen.config.dir", "../config"));

    private final DemoWorld world = DemoWorld.load(CONFIG);
    private final Clock clock = Clock.systemDefaultZone();
    private TestDatabase db;
    private DemoWorldServer server;
    private Aggregator aggregator;

    protected abstract TestDatabase openDatabase();

    @BeforeEach
    void startWorld() {
        db = openDatabase();
        server = DemoWorldServer.start(world);
    }

    @AfterEach
    void stopWorld() {
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
    void crawlingEveryDemoSiteStoresExactlyTheItemsItPublishes() {
        aggregator = startAggregator(false);

        Map<String, String> failures = new TreeMap<>();
        for (DemoSite site : world.sites()) {
            CrawlOutcome outcome = aggregator.crawlNow(site.id());
            if (!outcome.success()) {
                failures.put(site.id(), outcome.error());
            }
        }

        assertThat(failures).as("sites whose crawl failed").isEmpty();
        Map<String, Set<String>> expected = expectedItemIds();
        assertThat(expected.values()).as("the world publishes something on every site").allSatisfy(ids ->
                assertThat(ids).isNotEmpty());
        assertThat(storedItemIds()).isEqualTo(expected);
    }

    @Test
    void everyCrossPostedActivityBecomesOneActivityListingEverySiteItAppearsOn() throws Exception {
        aggregator = startAggregator(false);
        world.sites().forEach(site -> aggregator.crawlNow(site.id()));

        Map<String, Long> storedActivityOfItem = storedActivityOfItem();
        Map<String, Set<Long>> storedActivitiesOfWorldActivity = new TreeMap<>();
        Map<Long, Set<String>> worldActivitiesOfStoredActivity = new TreeMap<>();
        for (DemoSite site : world.sites()) {
            for (ExpectedItem item : world.expectedItems(site.id(), clock, server.baseUri())) {
                Long stored = storedActivityOfItem.get(site.id() + " " + item.itemId());
                assertThat(stored).as(site.id() + " " + item.itemId()).isNotNull();
                storedActivitiesOfWorldActivity.computeIfAbsent(item.activityId(), k -> new TreeSet<>()).add(stored);
                worldActivitiesOfStoredActivity.computeIfAbsent(stored, k -> new TreeSet<>()).add(item.activityId());
            }
        }
        assertThat(storedActivitiesOfWorldActivity).as("activities split over several stored activities")
                .allSatisfy((activity, stored) -> assertThat(stored).as(activity).hasSize(1));
        assertThat(worldActivitiesOfStoredActivity).as("stored activities that wrongly merge two activities")
                .allSatisfy((stored, activities) -> assertThat(activities).as("activity " + stored).hasSize(1));
        for (Map.Entry<Long, Set<String>> entry : worldActivitiesOfStoredActivity.entrySet()) {
            long sites = storedActivityOfItem.entrySet().stream().filter(e -> e.getValue().equals(entry.getKey()))
                    .count();
            assertThat(aggregator.store().find(entry.getKey()).orElseThrow().publications())
                    .as("publications of " + entry.getValue()).hasSize((int) sites);
        }
    }

    @Test
    void recrawlingTheUnchangedWorldWithConditionalGetParsesNothingAndChangesNothing() {
        aggregator = startAggregator(false);
        world.sites().forEach(site -> aggregator.crawlNow(site.id()));
        long seq = aggregator.store().lastSeq();
        double parsedBefore = aggregator.meters().counter(CrawlMetrics.FETCHES, "outcome", "ok").count();

        List<CrawlOutcome> again = world.sites().stream().map(site -> aggregator.crawlNow(site.id())).toList();

        assertThat(again).allSatisfy(outcome -> assertThat(outcome.notModified()).as(outcome.sourceId()).isTrue());
        assertThat(aggregator.meters().counter(CrawlMetrics.FETCHES, "outcome", "ok").count())
                .as("crawls that fetched a body and parsed it").isEqualTo(parsedBefore);
        assertThat(aggregator.meters().counter(CrawlMetrics.FETCHES, "outcome", "not-modified").count())
                .isEqualTo(world.sites().size());
        assertThat(aggregator.store().lastSeq()).as("no change at all").isEqualTo(seq);
    }

    @Test
    void recrawlingTheUnchangedWorldWithoutValidatorsChangesNothing() {
        aggregator = startAggregator(false);
        world.sites().forEach(site -> aggregator.crawlNow(site.id()));
        long seq = aggregator.store().lastSeq();
        db.execute("UPDATE source SET etag = NULL, last_modified = NULL"); // force full bodies: the hashes must decide

        List<CrawlOutcome> again = world.sites().stream().map(site -> aggregator.crawlNow(site.id())).toList();

        assertThat(again).allSatisfy(outcome -> {
            assertThat(outcome.success()).as(outcome.sourceId()).isTrue();
            assertThat(outcome.notModified()).as(outcome.sourceId()).isFalse();
            assertThat(outcome.changedActivities()).as(outcome.sourceId()).isFalse();
        });
        assertThat(aggregator.store().lastSeq()).isEqualTo(seq);
    }

    @Test
    void theSchedulerCrawlsTheWholeDemoWorldByItself() {
        Instant started = Instant.now();
        aggregator = startAggregator(true);

        Eventually.waitUntil("every demo source was crawled", Duration.ofSeconds(60), () -> aggregator.sources().stream()
                .allMatch(s -> s.lastAttemptAt() != null && !s.lastAttemptAt().isBefore(started)));

        assertThat(aggregator.sources()).filteredOn(SourceStatus::failing).extracting(SourceStatus::id, SourceStatus::lastError)
                .as("failed sources").isEmpty();
        long activities = world.sites().stream()
                .flatMap(site -> world.expectedItems(site.id(), clock, server.baseUri()).stream())
                .map(ExpectedItem::activityId).distinct().count();
        assertThat(aggregator.store().count()).as("one activity per real-world activity").isEqualTo(activities);
        assertThat(aggregator.sources()).allSatisfy(s ->
                assertThat(s.itemCount()).as(s.id())
                        .isEqualTo(world.expectedItems(s.id(), clock, server.baseUri()).size()));
    }

    @Test
    void crawledActivitiesAreClassifiedAndPlacedInTheWijkOfTheirVenue() {
        aggregator = startAggregator(false);
        world.sites().forEach(site -> aggregator.crawlNow(site.id()));
        Set<String> taxonomyIds = Set.copyOf(Taxonomy.load(CONFIG.resolve("taxonomy.yml")).audiences().stream()
                .map(Taxonomy.Entry::id).toList());

        for (DemoSite site : world.sites()) {
            Map<String, String> wijkOfItem = world.expectedItems(site.id(), clock, server.baseUri()).stream()
                    .collect(Collectors.toMap(ExpectedItem::itemId, item -> venueWijk(item.activityId()), (a, b) -> a));
            for (StoredActivity stored : aggregator.store().history(site.id())) {
                ActivityDraft draft = stored.draft();
                assertThat(draft.audiences()).as(draft.title()).isNotEmpty().allMatch(taxonomyIds::contains);
                if (draft.place() != null && draft.place().hasCoordinates()) {
                    assertThat(draft.place().wijk()).as(site.id() + ": " + draft.title())
                            .isEqualTo(wijkOfItem.get(draft.sourceItemId()));
                }
            }
        }
    }

    /**
     * Classification, wijk assignment from config/geo, geocoding off: the pipeline the application runs. The recipe
     * sites are read with the shipped recipes (the tests run in aggregator/, so they are named explicitly).
     */
    private Aggregator startAggregator(boolean scheduler) {
        AggregatorSettings base = CrawlSpec.settings(scheduler, Duration.ofSeconds(10));
        AggregatorSettings settings = new AggregatorSettings(base.crawlEnabled(), base.schedulerTick(),
                base.connectTimeout(), base.requestTimeout(), base.maxBodyBytes(), base.userAgent(), base.horizon(),
                CONFIG.resolve("recipes"), base.fetchAllowList(), base.minHostDelay(),
                base.parkAfterFailures(), base.lifecycle(), base.dedupe());
        return Aggregator.start(settings, NormaliseSettings.fromConfigDir(CONFIG), db.dataSource(),
                world.sourceDefinitions(server.baseUri()));
    }

    private String venueWijk(String activityId) {
        return world.activities().stream().filter(a -> a.id().equals(activityId)).findFirst().orElseThrow()
                .place().wijk();
    }

    private Map<String, Set<String>> expectedItemIds() {
        return world.sites().stream().collect(Collectors.toMap(DemoSite::id, site -> world
                .expectedItems(site.id(), clock, server.baseUri()).stream().map(ExpectedItem::itemId).collect(Collectors.toSet()), (a, b) -> a, TreeMap::new));
    }

    /** "site itemId" → the stored activity the item belongs to. */
    private Map<String, Long> storedActivityOfItem() throws java.sql.SQLException {
        Map<String, Long> activityOfItem = new TreeMap<>();
        try (var connection = db.dataSource().getConnection();
             var query = connection.prepareStatement(
                     "SELECT source_id, source_item_id, activity_id FROM source_item WHERE gone_at IS NULL");
             var rs = query.executeQuery()) {
            while (rs.next()) {
                activityOfItem.put(rs.getString(1) + " " + rs.getString(2), rs.getLong(3));
            }
        }
        return activityOfItem;
    }

    private Map<String, Set<String>> storedItemIds() {
        return world.sites().stream().collect(Collectors.toMap(DemoSite::id, site -> aggregator.store()
                .history(site.id()).stream().map(StoredActivity::draft).map(d -> d.sourceItemId())
                .collect(Collectors.toSet()), (a, b) -> a, TreeMap::new));
    }
}
