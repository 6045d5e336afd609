package nl.bijeen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import nl.bijeen.aggregator.Aggregator;
import nl.bijeen.aggregator.crawl.CrawlOutcome;
import nl.bijeen.aggregator.dedupe.labelled.PairwiseScore;
import nl.bijeen.aggregator.demo.DemoSchedule;
import nl.bijeen.aggregator.demo.DemoSite;
import nl.bijeen.aggregator.source.SourceStatus;
import nl.bijeen.aggregator.world.GeneratedWorld;
import nl.bijeen.aggregator.world.StoredGrouping;
import nl.bijeen.aggregator.world.WorldCrawlSettings;
import nl.bijeen.aggregator.world.WorldGenerator;
import nl.bijeen.aggregator.world.WorldServer;
import nl.bijeen.aggregator.world.WorldSpec;
import nl.bijeen.web.index.ActivityIndex;
import nl.bijeen.web.index.IndexFollower;

/**
 * First crawl of a generated world end to end (loopback HTTP → connectors → normalise → dedupe → store → Lucene
 * index, as the application runs it: the scheduler claims the due sources, the index follower follows the change
 * sequence), then a re-crawl of the unchanged world. See bench/README.md.
 */
public final class CrawlBench {

    /** Changes the index applies per commit: the application's default (bijeen.index.batch-size). */
    private static final int INDEX_BATCH = 500;
    /** Crawls at a time in the re-crawl: the scheduler's own number (CrawlContext.CRAWL_THREADS). */
    private static final int RECRAWL_THREADS = 4;

    private CrawlBench() {
    }

    public static void main(String[] args) throws Exception {
        CrawlOptions options = CrawlOptions.parse(args);
        Path temp = Files.createTempDirectory("bijeen-crawl-bench");
        try {
            CrawlReport report = run(options, temp);
            System.out.println(report.table());
            report.write(options.out());
            System.out.println("written to " + options.out().toAbsolutePath());
        } finally {
            deleteTree(temp);
        }
    }

    private static CrawlReport run(CrawlOptions options, Path temp) throws Exception {
        long started = System.nanoTime();
        GeneratedWorld world = WorldGenerator.generate(options.config(),
                new WorldSpec(options.sites(), options.items(), options.seed()),
                Clock.fixed(Instant.now(), DemoSchedule.AMSTERDAM));
        long generateMillis = millisSince(started);
        String jdbc = options.jdbc() != null ? options.jdbc()
                : "jdbc:h2:file:" + temp.resolve("bijeen").toAbsolutePath() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
        System.out.println("Crawl bench: " + options.sites() + " sites, " + options.items() + " items, store "
                + redacted(jdbc) + ", scheduler tick " + options.tick().toMillis() + " ms, minHostDelay 0 (all sites"
                + " share 127.0.0.1), JVM " + Runtime.version() + ", max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MB");
        try (WorldServer server = WorldServer.start(world); HikariDataSource dataSource = dataSource(jdbc);
             ActivityIndex index = ActivityIndex.open(temp.resolve("index"), Clock.system(DemoSchedule.AMSTERDAM))) {
            world.writeGroundTruth(options.out().toAbsolutePath().resolveSibling("crawl-ground-truth.jsonl"),
                    server.baseUri());
            var truth = StoredGrouping.truth(world, server.baseUri());
            Heap heap = new Heap();
            heap.reset();
            long crawlStart = System.nanoTime();
            Aggregator aggregator = Aggregator.start(WorldCrawlSettings.aggregator(options.config(), true,
                    options.tick()), WorldCrawlSettings.normalise(options.config()), dataSource,
                    world.sourceDefinitions(server.baseUri()));
            try (IndexFollower follower = new IndexFollower(index, aggregator.store(), INDEX_BATCH)) {
                follower.start(Duration.ofMillis(200));
                waitUntil(() -> aggregator.sources().stream().allMatch(s -> s.lastAttemptAt() != null));
                long crawlMillis = millisSince(crawlStart);
                long last = aggregator.store().lastSeq();
                waitUntil(() -> follower.lastAppliedSeq() >= last);
                long endToEnd = millisSince(crawlStart);
                long peak = heap.peakBytes();
                long gc = heap.gcMillisSinceReset();
                var firstStatuses = server.counts().byStatus();
                StoredGrouping stored = StoredGrouping.read(dataSource);
                PairwiseScore score = stored.score(truth);
                int failed = (int) aggregator.sources().stream().filter(SourceStatus::failing).count();
                long indexOnly = rebuildIndex(aggregator, temp.resolve("index-rebuild"));

                server.counts().reset();
                long seqBefore = aggregator.store().lastSeq();
                long recrawlStart = System.nanoTime();
                recrawl(aggregator, world.sites());
                long recrawlMillis = millisSince(recrawlStart);
                CrawlReport report = new CrawlReport(options.sites(), truth.size(), redacted(jdbc), generateMillis,
                        stored.activityOfItem().size(), aggregator.store().count(), failed, score.f1(),
                        score.precision(), score.recall(), crawlMillis, endToEnd, indexOnly, peak, gc,
                        firstStatuses, recrawlMillis, server.counts().byStatus().getOrDefault(304, 0L),
                        server.counts().total(), aggregator.store().lastSeq() - seqBefore,
                        "scheduler (tick " + options.tick().toMillis() + " ms, 4 crawls at a time); re-crawl by"
                                + " crawlNow, 4 at a time");
                aggregator.close();
                return report;
            }
        }
    }

    /** Every source crawled once more through crawlNow, as many at a time as the scheduler runs. */
    private static void recrawl(Aggregator aggregator, List<DemoSite> sites) throws Exception {
        Semaphore permits = new Semaphore(RECRAWL_THREADS);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<CrawlOutcome>> outcomes = new ArrayList<>();
            for (DemoSite site : sites) {
                outcomes.add(threads.submit(() -> {
                    permits.acquire();
                    try {
                        return aggregator.crawlNow(site.id());
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Future<CrawlOutcome> outcome : outcomes) {
                outcome.get();
            }
        }
    }

    /** The index stage alone: a fresh index following the finished store from change 0 to its last. */
    private static long rebuildIndex(Aggregator aggregator, Path dir) throws Exception {
        try (ActivityIndex fresh = ActivityIndex.open(dir, Clock.system(DemoSchedule.AMSTERDAM));
             IndexFollower follower = new IndexFollower(fresh, aggregator.store(), INDEX_BATCH)) {
            long started = System.nanoTime();
            follower.catchUp();
            return millisSince(started);
        }
    }

    private static HikariDataSource dataSource(String jdbc) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbc);
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /** Polls every 50 ms: the figures are seconds long, so the poll adds at most a few percent. */
    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            Thread.sleep(50);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static String redacted(String jdbc) {
        return jdbc.replaceAll("password=[^&;]*", "password=…");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
