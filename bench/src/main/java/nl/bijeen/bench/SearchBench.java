package nl.bijeen.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadFactory;

import nl.bijeen.aggregator.demo.DemoWorld;
import nl.bijeen.aggregator.store.StoredActivity;
import nl.bijeen.web.search.ActivitySearch;
import nl.bijeen.web.search.SearchResult;

/**
 * Search latency at scale: per size, generates activities, indexes them with search-web's own index code, runs the
 * resident query mix in-process through {@link ActivitySearch#search(String, int, int)} (1 and N threads), then
 * starts the real application on that index and runs the same mix over HTTP against {@code /api/activities}
 * (1 and M concurrent clients on virtual threads). Before indexing, the same activities and mix go to PostgreSQL's
 * full-text search ({@link PgRun}), reported beside Bijeen as ratios. Each target is warmed up first (JIT, page
 * cache). Prints tables and writes {@code bench/target/search-report.json}.
 */
public final class SearchBench {

    /** The zone the application counts days in by default, so "deze week" means the same in both. */
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final ThreadFactory PLATFORM = Thread.ofPlatform().name("search-", 0).factory();
    private static final ThreadFactory VIRTUAL = Thread.ofVirtual().name("client-", 0).factory();

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            System.err.println("warning: started without --add-modules jdk.incubator.vector; Lucene runs without "
                    + "its vectorised code, figures are not comparable (see bench/README.md)");
        }
        double loadAtStart = loadAverage();
        DemoWorld world = DemoWorld.load(options.config());
        QueryMix mix = QueryMix.load(options.queries());
        System.out.printf(Locale.ROOT, "Search bench: %d queries in %d classes, %s s warm-up and %s s per run, JVM %s,"
                        + " %d cores, max heap %d MB, input arguments %s%n", mix.queries().size(), mix.kinds().size(),
                options.warmup().toSeconds(), options.duration().toSeconds(), Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576,
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        List<SearchResultTable> results = new ArrayList<>();
        for (int size : options.sizes()) {
            results.add(measure(world, mix, size, options));
            print(results);
        }
        write(options.out(), results, loadAtStart);
        System.out.printf(Locale.ROOT, "load average at start %.2f, at end %.2f (%d cores)%n", loadAtStart,
                loadAverage(), Runtime.getRuntime().availableProcessors());
        System.out.println("written to " + options.out().toAbsolutePath());
    }

    private static SearchResultTable measure(DemoWorld world, QueryMix mix, int size, Options options)
            throws Exception {
        Clock clock = Clock.system(ZONE);
        Path work = Files.createTempDirectory("bijeen-search-bench-");
        Path indexDir = work.resolve("index");
        try {
            Heap heap = new Heap();
            heap.reset();
            long t = System.nanoTime();
            List<StoredActivity> activities = GeneratedActivities.generate(world, size, options.seed(), clock);
            long generateMillis = (System.nanoTime() - t) / 1_000_000;
            System.out.printf(Locale.ROOT, "%,d activities generated in %,d ms%n", size, generateMillis);
            // PostgreSQL first, while the generated activities are still needed anyway; its table is dropped before
            // Bijeen indexes, so the two never compete for memory or cores
            PgRun.Result pg = postgres(activities, clock, mix, options);
            System.out.println("indexing…");
            t = System.nanoTime();
            List<LoadRun.Measured> runs = new ArrayList<>();
            long buildMillis;
            long indexBytes;
            long heapAfterIndex;
            int zeroResults;
            try (BenchIndex index = BenchIndex.build(indexDir, activities, clock)) {
                buildMillis = (System.nanoTime() - t) / 1_000_000;
                long peakBuildHeap = heap.peakBytes();
                activities = null; // from here on the heap holds what a web node holds: the open index
                indexBytes = index.bytesOnDisk();
                heapAfterIndex = usedHeapAfterGc();
                ActivitySearch search = index.search(options.config());
                LoadRun.Target inProcess = q -> search.search(q, 0, 20);
                zeroResults = (int) mix.queries().stream().filter(q -> search.search(q.text(), 0, 20).total() == 0)
                        .count();
                // A relaxed query ran the search two to four times: the first place to look for a slow query.
                System.out.println("relaxed (exact query found nothing): " + mix.queries().stream()
                        .filter(q -> search.search(q.text(), 0, 20).relaxed() != SearchResult.Relaxation.NONE)
                        .map(q -> "\"" + q.text() + "\"").distinct().toList());
                System.out.println("in-process warm-up…");
                LoadRun.run("warm-up", mix, inProcess, options.threads(), PLATFORM, options.warmup());
                runs.add(LoadRun.run("in-process", mix, inProcess, 1, PLATFORM, options.duration()));
                runs.add(LoadRun.run("in-process", mix, inProcess, options.threads(), PLATFORM, options.duration()));
                return httpRuns(new SearchResultTable(size, generateMillis, buildMillis, indexBytes, peakBuildHeap,
                        heapAfterIndex, 0, zeroResults, runs, null, pg), index, mix, options, work);
            }
        } finally {
            BenchIndex.delete(work);
        }
    }

    /** Called with the bench's index writer still open; closes it first, as only one writer may hold the folder. */
    private static SearchResultTable httpRuns(SearchResultTable inProcess, BenchIndex index, QueryMix mix,
                                              Options options, Path work) throws Exception {
        if (options.clients() < 1) {
            return inProcess;
        }
        index.close();
        System.out.println("starting the application over the index…");
        try (HttpApp app = HttpApp.start(index.dir(), options.config(), work)) {
            System.out.println("application on " + app.base() + "; HTTP warm-up…");
            LoadRun.run("warm-up", mix, app::search, options.clients(), VIRTUAL, options.warmup());
            List<LoadRun.Measured> runs = new ArrayList<>(inProcess.runs());
            runs.add(LoadRun.run("HTTP /api/activities", mix, app::search, 1, VIRTUAL, options.duration()));
            runs.add(LoadRun.run("HTTP /api/activities", mix, app::search, options.clients(), VIRTUAL,
                    options.duration()));
            WrkRun.Result wrk = null;
            if (WrkRun.installed()) {
                System.out.println("wrk with " + options.clients() + " connections…");
                wrk = WrkRun.run(app.base(), mix, options.clients(), options.duration(), work);
                // wrk leaves up to one request per connection queued in the server; closing the application under
                // them only fills the log with stack traces
                Thread.sleep(5_000);
            }
            return new SearchResultTable(inProcess.activities(), inProcess.generateMillis(), inProcess.buildMillis(),
                    inProcess.indexBytes(), inProcess.peakBuildHeap(), inProcess.heapAfterIndex(), usedHeapAfterGc(),
                    inProcess.zeroResultQueries(), runs, wrk, inProcess.pg());
        }
    }

    /** The same mix on PostgreSQL full-text search over the same activities; null when skipped. */
    private static PgRun.Result postgres(List<StoredActivity> activities, Clock clock, QueryMix mix, Options options)
            throws Exception {
        if (options.pgUrl().equals("none")) {
            return null;
        }
        return PgRun.measure(options.pgUrl(), options.pgPool(), activities, startOfToday(clock), mix,
                Math.max(1, options.clients()), options.warmup(), options.duration());
    }

    /** The start of today where the application counts days: what it calls "upcoming" starts there. */
    private static java.time.Instant startOfToday(Clock clock) {
        return java.time.LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void print(List<SearchResultTable> results) {
        results.forEach(r -> System.out.println(r.summary()));
        System.out.println(SearchResultTable.header());
        results.forEach(r -> System.out.println(r.rows()));
        results.forEach(r -> System.out.println("\n" + r.activities() + " activities\n" + r.byKind()));
        results.forEach(r -> System.out.println(r.pgComparison()));
    }

    /**
     * The machine's 1-minute load average: latencies on a shared machine are only comparable when it was quiet
     * (below the core count), so the report says how busy it was.
     */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void write(Path out, List<SearchResultTable> results, double loadAtStart) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        StringBuilder json = new StringBuilder("{\"benchmark\": \"search\", \"jvm\": \"" + Runtime.version()
                + "\", \"cores\": " + Runtime.getRuntime().availableProcessors() + ", \"maxHeapBytes\": "
                + Runtime.getRuntime().maxMemory() + ", \"loadAverageAtStart\": " + loadAtStart
                + ", \"loadAverageAtEnd\": " + loadAverage() + ", \"sizes\": [\n");
        for (int i = 0; i < results.size(); i++) {
            json.append("  ").append(results.get(i).json()).append(i + 1 < results.size() ? ",\n" : "\n");
        }
        Files.writeString(out, json.append("]}\n").toString());
    }

    /** Command-line options, with the defaults a plain run from the repository root needs. */
    record Options(List<Integer> sizes, Duration warmup, Duration duration, int threads, int clients, long seed,
                   Path config, Path queries, Path out, String pgUrl, int pgPool) {

        static Options parse(String[] args) {
            List<Integer> sizes = List.of(100_000);
            Duration warmup = Duration.ofSeconds(10);
            Duration duration = Duration.ofSeconds(20);
            int threads = 4;
            int clients = 16; // issue 7's mark: p99 over HTTP with 16 concurrent clients
            long seed = 42;
            Path config = Path.of("config");
            Path queries = Path.of("search-web", "src", "test", "resources", "search-quality", "resident-queries.txt");
            Path out = Path.of("bench", "target", "search-report.json");
            String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
            int pgPool = 2 * Runtime.getRuntime().availableProcessors(); // a web node's pool, HikariCP's advice
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(s -> s.strip()
                            .toLowerCase(Locale.ROOT).replace("k", "000").replace("m", "000000"))
                            .map(Integer::valueOf).toList();
                    case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value));
                    case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(value));
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--clients" -> clients = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--config" -> config = Path.of(value);
                    case "--queries" -> queries = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--pg-url" -> pgUrl = value;
                    case "--pg-pool" -> pgPool = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(sizes, warmup, duration, threads, clients, seed, config, queries, out, pgUrl, pgPool);
        }
    }
}
