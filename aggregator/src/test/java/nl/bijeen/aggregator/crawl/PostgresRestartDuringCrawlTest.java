package nl.bijeen.aggregator.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.aggregator.support.ChangeLogReader;
import nl.bijeen.aggregator.support.Eventually;
import nl.bijeen.aggregator.support.GrowingWorld;
import nl.bijeen.aggregator.support.PrivatePostgres;

/**
 * PostgreSQL goes away while the scheduler crawls a few dozen sources, through the connection pool production uses
 * (Hikari, with the pool size of config/application.yml). The crawler must carry on by itself once the database is
 * back: every source crawled again on schedule, every published item stored once, failed crawls recorded as
 * failures (never as items gone), and a change sequence a follower reads without a gap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRestartDuringCrawlTest {

    private static final int FEEDS = 30;
    private static final int FIRST_EVENTS = 3;
    private static final Duration SCHEDULE = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofSeconds(45);
    /** Hikari's default connection timeout, which production keeps: longer than the outages of these tests. */
    private static final Duration PRODUCTION_POOL_WAIT = Duration.ofSeconds(30);

    private final AtomicInteger databases = new AtomicInteger();
    private PrivatePostgres cluster;
    private GrowingWorld world;
    private HikariDataSource pool;
    private Aggregator aggregator;
    private ChangeLogReader follower;
    private StoreChecks store;

    @BeforeAll
    void startCluster() {
        cluster = PrivatePostgres.startOrSkip(getClass());
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void stopCrawling() throws InterruptedException {
        if (follower != null) {
            follower.close();
        }
        if (aggregator != null) {
            aggregator.close();
        }
        if (pool != null) {
            pool.close();
        }
        if (world != null) {
            world.close();
        }
    }

    @Test
    void theCrawlerCarriesOnByItselfAfterAFastRestartOfPostgres() {
        crawlThrough(PRODUCTION_POOL_WAIT, cluster::restartFast);
    }

    @Test
    void theCrawlerCarriesOnByItselfAfterPostgresWasDownForSeconds() {
        crawlThrough(PRODUCTION_POOL_WAIT, cluster::stop);
    }

    /**
     * With a pool that gives up waiting for a connection sooner than the database is back, crawls in flight fail;
     * each failure is written once the database is back, and frees its source for its next due period.
     */
    @Test
    void crawlsThatFailedForWantOfTheDatabaseAreRecordedAsFailedCrawlsOnceItIsBack() {
        crawlThrough(Duration.ofSeconds(1), cluster::stop);

        assertThat(store.failedCrawlErrors()).as("failed crawls in the crawl log").isNotEmpty()
                .allSatisfy(error -> assertThat(error).contains("StoreException"));
    }

    /**
     * Crawls the world, runs {@code outage} while a crawl waits for its answer (and, when it left the database
     * stopped, starts it again after a few seconds), lets the world grow, and checks the crawler and the store.
     */
    private void crawlThrough(Duration poolWait, Runnable outage) {
        startCrawling(poolWait);
        Eventually.waitUntil("every source was crawled once", RECOVERY, () -> store.everySourceHolds(FIRST_EVENTS));

        world.grow();
        world.duringTheNextAnswer(outage, RECOVERY);
        if (!cluster.running()) {
            holdTheOutage(Duration.ofSeconds(4));
            cluster.start();
        }
        Instant back = Instant.now();
        world.grow(); // changes written only after the outage must reach the follower too

        Eventually.waitUntil("every source crawled with success after the outage and stored every event", RECOVERY,
                () -> store.everySourceSucceededSince(back) && store.everySourceHolds(world.eventsPerFeed()));
        Eventually.waitUntil("the follower has read the whole change sequence", RECOVERY,
                () -> follower.last() == aggregator.store().lastSeq());

        assertTheStoreIsWholeAndConsistent();
        System.out.printf("%s: %d crawls logged, %d failed; recovered %s after the outage; the follower failed"
                + " %d reads%n", getClass().getSimpleName(), store.crawls(), store.crawls("FAILED"),
                Duration.between(back, Instant.now()), follower.failedReads());
    }

    /**
     * Every published event stored once, no activity without items, nothing counted missing or gone, and a change
     * sequence without gaps that a follower read whole.
     */
    private void assertTheStoreIsWholeAndConsistent() {
        assertEveryPublishedEventStoredOnce();
        assertThat(store.activitiesWithoutLiveItems()).as("activities without items").isZero();
        assertThat(store.removals()).as("changes that removed an activity").isZero();
        assertThat(store.changeSequenceIsGapless()).as("change sequence 1..last without gaps").isTrue();
        assertThat(follower.seen()).as("what a follower read").containsExactlyElementsOf(
                CrawlSpec.range(1, aggregator.store().lastSeq()));
        assertThat(store.itemsGoneOrMissing()).as("items counted missing or gone").isZero();
        assertThat(store.crawls("SUSPICIOUS")).as("crawls held back as a shrunken feed").isZero();
        assertThat(store.failuresWithoutReason()).as("failed crawls logged without a reason").isZero();
    }

    private void startCrawling(Duration poolWait) {
        world = new GrowingWorld(FEEDS, FIRST_EVENTS, Duration.ofMillis(150));
        String url = cluster.createDatabase("crawl" + databases.incrementAndGet());
        pool = pool(url, poolWait);
        aggregator = Aggregator.start(CrawlSpec.settings(true, Duration.ofSeconds(10)), pool,
                world.sources(SCHEDULE));
        store = new StoreChecks(plainConnections(url));
        follower = new ChangeLogReader(aggregator.store());
    }

    /**
     * Hikari as Micronaut builds it from config/application.yml (its defaults, at most 10 connections), waiting at
     * most {@code wait} for a connection ({@link #PRODUCTION_POOL_WAIT} in production).
     */
    private static HikariDataSource pool(String url, Duration wait) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(wait.toMillis());
        return new HikariDataSource(config);
    }

    /** The test's own questions go around the pool under test: it may still be waiting to reconnect. */
    private static DataSource plainConnections(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    private void assertEveryPublishedEventStoredOnce() {
        List<String> stored = aggregator.sources().stream()
                .flatMap(source -> aggregator.store().findBySource(source.id()).stream())
                .map(StoredActivity::draft).map(draft -> draft.title()).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(world.publishedTitles());
        assertThat(store.liveItems()).isEqualTo(world.publishedTitles().size());
    }

    /** The outage's length is the situation under test, not a wait for something to happen. */
    private static void holdTheOutage(Duration gap) {
        try {
            Thread.sleep(gap);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
