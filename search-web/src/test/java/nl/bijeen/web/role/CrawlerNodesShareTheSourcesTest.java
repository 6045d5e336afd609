package nl.bijeen.web.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.aggregator.support.PostgresTestDatabase;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.web.index.IndexFollower;
import nl.bijeen.web.support.ChildApp;
import nl.bijeen.web.support.DemoWorldApp;
import nl.bijeen.web.support.FreePort;
import nl.bijeen.web.support.TestDirs;
import nl.bijeen.web.support.Wait;

/**
 * Scale-out on one PostgreSQL: three crawler nodes (the real application, role crawler, each a JVM of its own) share
 * {@value #SITES} loopback sites that are due every {@link #PERIOD}; one node is killed (kill -9) while it holds
 * leases, and the sites publish more activities at that moment. A web node (role web, in this JVM) follows the store.
 * The run lasts several due periods; then the sources are paused, and the crawl log, the sites' request counts and
 * the store are judged. The schedule is shorter than operators may set (1m): the test writes it into the store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlerNodesShareTheSourcesTest {

    private static final int SITES = 60;
    private static final Duration PERIOD = Duration.ofSeconds(10);
    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final Duration TICK = Duration.ofMillis(250);
    private static final Duration SITE_DELAY = Duration.ofMillis(200);
    /**
     * How long a due source may wait for a free crawl thread and a tick: after the kill two nodes crawl the 60 sites
     * (about 6 s of crawling per period on their 8 threads), on a 2-core machine that also runs this test and the web
     * node. A source that waited a whole period more would have skipped a period.
     */
    private static final Duration QUEUEING = PERIOD;
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration PHASE = Duration.ofSeconds(60);

    private PostgresTestDatabase schema;
    private DataSource db;
    private SiteWorld world;
    private Path dir;
    private final List<ChildApp> crawlers = new ArrayList<>();
    private final List<int[]> ports = new ArrayList<>();
    private EmbeddedServer web;

    private Instant startedAt;
    private Instant killedAt;
    private Map<String, Instant> leasesOfTheKilledNode;
    private Instant pausedAt;
    private CrawlLogRows log;
    private Map<String, Integer> requests;

    @BeforeAll
    void runThreeCrawlersOneKilled() throws Exception {
        schema = PostgresTestDatabase.createOrSkip(getClass());
        db = schema.dataSource();
        world = new SiteWorld(SITES, SITE_DELAY);
        dir = TestDirs.create("bijeen-scale-out");
        writeSources();

        crawlers.add(startCrawler(1));
        crawlers.getFirst().awaitLine("Startup completed", START); // migrates and registers the sources first
        crawlers.add(startCrawler(2));
        crawlers.add(startCrawler(3));
        crawlers.get(1).awaitLine("Startup completed", START);
        crawlers.get(2).awaitLine("Startup completed", START);
        web = ApplicationContext.run(EmbeddedServer.class, webNodeSettings());

        startedAt = now();
        update("UPDATE source SET paused = FALSE, schedule_seconds = ?, next_due_at = ?", PERIOD.toSeconds(),
                Timestamp.from(startedAt));
        Wait.until("every site crawled once", PHASE,
                () -> everySource(id -> CrawlLogRows.read(db).crawledSince(id, startedAt)));

        leasesOfTheKilledNode = waitForLeasesOf("crawler-1");
        crawlers.getFirst().kill();
        killedAt = now();
        world.grow();

        Instant enough = startedAt.plus(PERIOD.multipliedBy(4));
        Wait.until("every site crawled after the kill and the sites grew, and four periods passed", PHASE,
                () -> now().isAfter(enough) && everySource(id -> CrawlLogRows.read(db).crawledSince(id, killedAt)));
        pausedAt = now();
        update("UPDATE source SET paused = TRUE");
        Wait.until("no crawl in flight", PHASE,
                () -> count("SELECT COUNT(*) FROM source WHERE lease_owner IS NOT NULL") == 0);
        log = CrawlLogRows.read(db);
        requests = new HashMap<>();
        IntStream.range(0, SITES).mapToObj(SiteWorld::id).forEach(id -> requests.put(id, world.requests(id)));
    }

    @AfterAll
    void stopEverything() {
        if (web != null) {
            web.getApplicationContext().close();
        }
        crawlers.forEach(ChildApp::stop);
        if (world != null) {
            world.close();
        }
        if (schema != null) {
            schema.close();
        }
        if (dir != null) {
            TestDirs.delete(dir);
        }
    }

    @Test
    void everyDueSourceIsCrawledExactlyOncePerDuePeriodAndNoPeriodIsSkipped() {
        for (int site = 0; site < SITES; site++) {
            List<CrawlLogRows.Row> rows = log.of(SiteWorld.id(site));
            assertThat(rows).as("crawls of %s", SiteWorld.id(site)).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(row -> assertThat(row.outcome()).isEqualTo("OK"));
            for (int i = 1; i < rows.size(); i++) {
                // a crawl is next due a period after its result was decided, which is between its start and end
                CrawlLogRows.Row previous = rows.get(i - 1);
                CrawlLogRows.Row next = rows.get(i);
                assertThat(Duration.between(previous.startedAt(), next.startedAt()))
                        .as("%s: crawl %d came before its period (%s)", SiteWorld.id(site), i, rows)
                        .isGreaterThanOrEqualTo(PERIOD.minusMillis(50));
                assertThat(Duration.between(previous.endedAt(), next.startedAt()))
                        .as("%s: a period skipped after crawl %d (%s)", SiteWorld.id(site), i - 1, rows)
                        .isLessThan(PERIOD.plus(LEASE).plus(QUEUEING));
            }
            assertThat(Duration.between(rows.getLast().endedAt(), pausedAt)).as("%s: no period skipped at the end",
                    SiteWorld.id(site)).isLessThan(PERIOD.plus(LEASE).plus(QUEUEING));
        }
    }

    @Test
    void everyFetchIsARecordedCrawlButForTheKilledNodesAndThoseWhoseLeaseRanOut() {
        int lostWithTheNode = 0;
        int dropped = 0;
        for (int site = 0; site < SITES; site++) {
            String id = SiteWorld.id(site);
            int extra = requests.get(id) - log.of(id).size();
            // a node that stalled past its lease (a busy machine) fetched, then dropped its result: it says so
            int leaseLost = leaseLostLines(id);
            int inFlightAtTheKill = leasesOfTheKilledNode.containsKey(id) ? 1 : 0;
            assertThat(extra).as("%s: fetches beyond its recorded crawls", id).isBetween(0,
                    inFlightAtTheKill + leaseLost);
            lostWithTheNode += Math.min(extra, inFlightAtTheKill);
            dropped += leaseLost;
        }
        System.out.printf("scale-out: %d crawls recorded; %d sources leased by the killed node, %d of their fetches"
                        + " lost with it; %d results dropped because their lease had run out%n",
                log.bySource().values().stream().mapToInt(List::size).sum(), leasesOfTheKilledNode.size(),
                lostWithTheNode, dropped);
    }

    private int leaseLostLines(String sourceId) {
        String marker = " " + sourceId + ": lease lost";
        return (int) crawlers.stream().flatMap(node -> node.output().lines()).filter(l -> l.contains(marker)).count();
    }

    @Test
    void theKilledNodesSourcesAreTakenOverOnlyAfterItsLeasesExpire() {
        int diedInFlight = 0;
        for (Map.Entry<String, Instant> lease : leasesOfTheKilledNode.entrySet()) {
            String id = lease.getKey();
            Instant expiry = lease.getValue();
            // a crawl that recorded between our look at the leases and the kill ended normally; skip it
            boolean recordedBeforeTheKill = log.of(id).stream().anyMatch(row -> row.startedAt().isBefore(killedAt)
                    && row.endedAt().isAfter(expiry.minus(LEASE)));
            if (recordedBeforeTheKill) {
                continue;
            }
            diedInFlight++;
            CrawlLogRows.Row next = log.of(id).stream().filter(row -> row.startedAt().isAfter(killedAt)).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " was never crawled after the kill"));
            assertThat(next.startedAt()).as("%s: nobody crawled it before the dead node's lease ran out", id)
                    .isAfterOrEqualTo(expiry.minusMillis(50));
            assertThat(next.startedAt()).as("%s: taken over soon after", id).isBefore(expiry.plus(QUEUEING));
        }
        assertThat(diedInFlight).as("crawls that died with the node (leases %s)", leasesOfTheKilledNode)
                .isPositive();
        for (int site = 0; site < SITES; site++) {
            assertThat(log.crawledSince(SiteWorld.id(site), killedAt)).as(SiteWorld.id(site)).isTrue();
        }
    }

    @Test
    void theStoreHasEveryActivityTheSitesPublishedOnce() {
        ActivityStore store = new ActivityStore(db);
        for (int site = 0; site < SITES; site++) {
            List<StoredActivity> stored = store.findBySource(SiteWorld.id(site));
            assertThat(stored).extracting(a -> a.draft().title()).as(SiteWorld.id(site))
                    .containsExactlyInAnyOrderElementsOf(world.titles(site));
        }
        assertThat(store.count()).isEqualTo((long) SITES * SiteWorld.SECOND);
    }

    @Test
    void aWebNodeFollowsTheChangeSequenceTheCrawlersWriteIntoItsOwnIndex() throws Exception {
        long last = new ActivityStore(db).lastSeq();
        IndexFollower follower = web.getApplicationContext().getBean(IndexFollower.class);
        Wait.until("the web node's index applied change " + last, PHASE, () -> follower.lastAppliedSeq() >= last);

        HttpResponse<String> answer = get(web.getURI().resolve("/api/activities?q=bijeenkomst&limit=1"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"total\":" + SITES * SiteWorld.SECOND);
    }

    @Test
    void aCrawlNowOnAWebNodeIsCrawledByACrawlerNode() {
        String id = SiteWorld.id(7);
        int before = log.of(id).size();
        update("UPDATE source SET paused = FALSE, schedule_seconds = 3600, next_due_at = ? WHERE id = ?",
                Timestamp.from(now().plus(Duration.ofHours(1))), id);

        assertThat(web.getApplicationContext().getBean(CrawlRequests.class).crawlNow(id))
                .as("a web node crawls nothing itself").isEmpty();
        Wait.until(id + " crawled by a crawler node", PHASE, () -> CrawlLogRows.read(db).of(id).size() > before);
        update("UPDATE source SET paused = TRUE WHERE id = ?", id);
    }

    @Test
    void aCrawlerNodeOpensNoIndexAndAnswersPagesWithAnExplanationButHealthAndMetricsWork() throws Exception {
        for (int node = 1; node <= 3; node++) {
            assertThat(dir.resolve("index-crawler-" + node)).as("index of crawler %d", node).doesNotExist();
        }
        int[] live = ports.get(1);
        HttpResponse<String> page = get(URI.create("http://127.0.0.1:" + live[0] + "/?q=koffie"));
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("ophaalserver");
        assertThat(get(URI.create("http://127.0.0.1:" + live[0] + "/api/activities")).statusCode()).isEqualTo(503);
        assertThat(get(URI.create("http://127.0.0.1:" + live[1] + "/health")).statusCode()).isEqualTo(200);
        assertThat(get(URI.create("http://127.0.0.1:" + live[1] + "/prometheus")).body())
                .contains("bijeen_crawl_fetches_total");
        assertThat(crawlers.get(1).output()).contains("Bijeen starts as role 'crawler'");
    }

    private ChildApp startCrawler(int node) {
        int[] nodePorts = {FreePort.pick(), FreePort.pick()};
        ports.add(nodePorts);
        Map<String, String> settings = new HashMap<>(storeSettings());
        settings.put("bijeen.role", "crawler");
        settings.put("bijeen.config-dir", Path.of(DemoWorldApp.configDir()).toAbsolutePath().toString());
        settings.put("bijeen.index.dir", dir.resolve("index-crawler-" + node).toString());
        settings.put("micronaut.server.port", Integer.toString(nodePorts[0]));
        settings.put("endpoints.all.port", Integer.toString(nodePorts[1]));
        settings.put("endpoints.all.sensitive", "false");
        settings.put("bijeen.aggregator.node-id", "crawler-" + node);
        settings.put("bijeen.aggregator.lease-duration", LEASE.toMillis() + "ms");
        settings.put("bijeen.aggregator.lease-heartbeat", "1s");
        settings.put("bijeen.aggregator.scheduler-tick", TICK.toMillis() + "ms");
        settings.put("bijeen.aggregator.fetch-allow-list", "127.0.0.1/32");
        settings.put("bijeen.aggregator.min-host-delay", "0s");
        return ChildApp.start("crawler-" + node, settings);
    }

    private Map<String, Object> webNodeSettings() {
        Map<String, Object> settings = new HashMap<>(storeSettings());
        settings.put("bijeen.role", "web");
        settings.put("bijeen.config-dir", DemoWorldApp.configDir());
        settings.put("bijeen.index.dir", dir.resolve("index-web").toString());
        settings.put("bijeen.index.poll-interval", "200ms");
        settings.put("micronaut.server.port", "-1");
        settings.put("endpoints.health.enabled", "false");
        settings.put("endpoints.prometheus.enabled", "false");
        return settings;
    }

    private Map<String, String> storeSettings() {
        return Map.of("datasources.default.url", schema.jdbcUrl(), "datasources.default.username", "postgres",
                "datasources.default.password", "", "bijeen.sources-file", dir.resolve("sources.yml").toString());
    }

    /** Paused in the file: nothing is crawled until every node is up and the test sets the short schedule. */
    private void writeSources() {
        StringBuilder yaml = new StringBuilder("sources:\n");
        for (int site = 0; site < SITES; site++) {
            yaml.append("  - id: ").append(SiteWorld.id(site)).append("\n    url: ").append(world.feed(site))
                    .append("\n    format: ical\n    schedule: 1m\n    paused: true\n");
        }
        TestDirs.write(dir.resolve("sources.yml"), yaml.toString());
    }

    /** The sources the node holds leases on at one moment (waits for one), with their expiry. */
    private Map<String, Instant> waitForLeasesOf(String node) {
        Map<String, Instant> leases = new HashMap<>();
        Wait.until(node + " holds a lease", PHASE, () -> {
            leases.clear();
            query("SELECT id, lease_expires_at FROM source WHERE lease_owner = '" + node + "'",
                    rs -> leases.put(rs.getString(1), rs.getTimestamp(2).toInstant()));
            return !leases.isEmpty();
        });
        return leases;
    }

    private boolean everySource(java.util.function.Predicate<String> condition) {
        return IntStream.range(0, SITES).mapToObj(SiteWorld::id).allMatch(condition);
    }

    private long count(String sql) {
        long[] count = new long[1];
        query(sql, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowReader reader) {
        try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = db.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Instant now() {
        return Instant.now();
    }
}
