package nl.bijeen.aggregator.world;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.crawl.CrawlOutcome;
import nl.bijeen.aggregator.dedupe.labelled.PairwiseScore;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.support.H2TestDatabase;
import nl.bijeen.aggregator.support.TestDatabase;

/** A generated world of 20 sites crawled through the whole aggregator on H2, as the application would. */
class WorldCrawlTest {

    private final TestDatabase db = new H2TestDatabase();
    private final GeneratedWorld world = Worlds.fromNow(20, 1_000, 17);
    private WorldServer server;
    private Aggregator aggregator;

    @AfterEach
    void stop() {
        if (aggregator != null) {
            aggregator.close();
        }
        if (server != null) {
            server.close();
        }
        db.close();
    }

    @Test
    void aCrawlStoresEveryItemAndGroupsThemAsTheGroundTruthDoes() throws SQLException {
        start(WorldFaults.none());

        assertThat(crawlAll()).as("failed crawls").isEmpty();

        StoredGrouping stored = StoredGrouping.read(db.dataSource());
        Map<String, String> truth = StoredGrouping.truth(world, server.baseUri());
        assertThat(stored.activityOfItem().keySet()).as("stored items")
                .containsExactlyInAnyOrderElementsOf(truth.keySet());
        PairwiseScore score = stored.score(truth);
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void anUnchangedSecondRoundIsAnswered304AndChangesNothing() {
        start(WorldFaults.none());
        crawlAll();
        long seq = aggregator.store().lastSeq();
        server.counts().reset();

        List<CrawlOutcome> again = world.sites().stream().map(s -> aggregator.crawlNow(s.id())).toList();

        assertThat(again).allSatisfy(o -> assertThat(o.notModified()).as(o.sourceId()).isTrue());
        assertThat(server.counts().byStatus()).as("every request, also for further list and detail pages")
                .containsOnlyKeys(304);
        assertThat(world.sites()).allSatisfy(s -> assertThat(server.counts().of(s.id(), 304)).isPositive());
        assertThat(aggregator.store().lastSeq()).isEqualTo(seq);
    }

    @Test
    void aFaultyCrawlLosesNothingThatWasStoredBefore() throws SQLException {
        start(WorldFaults.none());
        crawlAll();
        Map<String, Long> before = storedActivityOfItem();
        WorldChanges changes = server.nextRound(0.3);
        server.faults(new WorldFaults(3, 0.2, Duration.ofMillis(50), 0.25, 0.25, 0.25));

        Map<String, String> failed = crawlAll();

        assertThat(failed).as("sites that met a fault").isNotEmpty();
        assertThat(server.counts().byStatus()).containsKeys(429, 503, RequestCounts.RESET);
        Map<String, Long> after = storedActivityOfItem();
        for (DemoSite site : world.sites()) {
            if (failed.containsKey(site.id())) {
                assertThat(itemsOf(after, site)).as(site.id() + " failed: " + failed.get(site.id()))
                        .isEqualTo(itemsOf(before, site));
            }
        }
        server.faults(WorldFaults.none());
        assertThat(crawlAll()).as("failures once the faults are gone").isEmpty();
        Map<String, Long> recovered = storedActivityOfItem();
        List<String> published = server.world().groundTruth(server.baseUri()).stream()
                .map(r -> r.siteId() + " " + r.itemId()).toList();
        assertThat(recovered.keySet()).containsAll(published);
        // an item missing from one crawl stays until it is missed again (LifecycleSettings.missingCrawlsBeforeGone)
        List<String> removed = world.groundTruth(server.baseUri()).stream()
                .filter(r -> changes.removed().contains(r.activityId())).map(r -> r.siteId() + " " + r.itemId())
                .toList();
        assertThat(recovered.keySet().stream().filter(item -> !published.contains(item)))
                .isSubsetOf(removed);
    }

    private void start(WorldFaults faults) {
        server = WorldServer.start(world, faults);
        aggregator = Aggregator.start(WorldCrawlSettings.aggregator(Worlds.CONFIG, false, Duration.ofSeconds(1)),
                WorldCrawlSettings.normalise(Worlds.CONFIG), db.dataSource(), world.sourceDefinitions(server.baseUri()));
    }

    /** Crawls every site once; the errors of those that failed, by site. */
    private Map<String, String> crawlAll() {
        Map<String, String> failed = new TreeMap<>();
        for (DemoSite site : world.sites()) {
            CrawlOutcome outcome = aggregator.crawlNow(site.id());
            if (!outcome.success()) {
                failed.put(site.id(), outcome.error());
            }
        }
        return failed;
    }

    private static Map<String, Long> itemsOf(Map<String, Long> items, DemoSite site) {
        Map<String, Long> own = new TreeMap<>();
        items.forEach((item, activity) -> {
            if (item.startsWith(site.id() + " ")) {
                own.put(item, activity);
            }
        });
        return own;
    }

    private Map<String, Long> storedActivityOfItem() throws SQLException {
        return StoredGrouping.read(db.dataSource()).activityOfItem();
    }
}
