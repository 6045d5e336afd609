package nl.bijeen.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code bench all}: every bench with its default sizes, one after the other in this JVM, then one combined report
 * ({@code bench/target/bench-report.json}: each part's own report, its wall time and whether it finished) and a
 * summary of the times. Issue 7 gives the whole run 15 minutes on a 2-core machine; the warm-up and run lengths
 * below are chosen to fit (see bench/README.md). A part that fails is reported and the others still run.
 */
public final class AllBench {

    /** Issue 7's budget for the whole run on the 2-core CI machine. */
    static final Duration BUDGET = Duration.ofMinutes(15);

    @FunctionalInterface
    interface Main {
        void run(String[] args) throws Exception;
    }

    /** One bench of the run: its name, the report it writes, and its main with the arguments for this run. */
    record Part(String name, Path report, Main main, String... args) {
    }

    /** What one part did. */
    record Done(Part part, long millis, Throwable failure) {
    }

    private AllBench() {
    }

    /**
     * The benches, in the order of issue 7's list. The crawl runs a quarter of issue 7's world (250 sites / 25,000
     * items): the full 1,000 sites / 100,000 items crawls at 137 items/s on 2 cores, about 13 minutes on its own,
     * so it is run apart ({@code bench crawl} with its defaults) and its figures are in the bench README.
     */
    static List<Part> parts(Path dir, Path config, String pgUrl) {
        String configDir = config.toString();
        return List.of(
                new Part("crawl", dir.resolve("crawl-report.json"), CrawlBench::main, "--sites", "250",
                        "--items", "25000", "--config", configDir),
                new Part("dedupe", dir.resolve("dedupe-report.json"), DedupeBench::main, "--sizes", "10k,100k,1m",
                        "--runs", "3", "--runs-1m", "1", "--config", configDir),
                new Part("search", dir.resolve("search-report.json"), SearchBench::main, "--sizes", "1m",
                        "--warmup", "5", "--seconds", "10", "--config", configDir, "--pg-url", pgUrl),
                // the normaliser makes a pipeline pass tens of ms per document: 11 rounds of 3 keep it near a minute
                new Part("parsers", dir.resolve("parser-report.json"), ParserBench::main, "--warmup", "5",
                        "--rounds", "11", "--repeat", "3", "--config", configDir));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("bench", "target");
        Path config = Path.of("config");
        String pgUrl = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--config" -> config = Path.of(args[i + 1]);
                case "--pg-url" -> pgUrl = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        double loadAtStart = loadAverage();
        long started = System.nanoTime();
        List<Done> done = new ArrayList<>();
        for (Part part : parts(dir, config, pgUrl)) {
            System.out.println("\n=== bench " + part.name() + " ===");
            done.add(run(part));
        }
        long totalMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("\n" + summary(done, totalMillis, loadAtStart));
        Path out = dir.resolve("bench-report.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json(done, totalMillis, loadAtStart));
        System.out.println("written to " + out.toAbsolutePath());
    }

    private static Done run(Part part) {
        long t = System.nanoTime();
        List<String> args = new ArrayList<>(List.of(part.args()));
        args.addAll(List.of("--out", part.report().toString()));
        try {
            Files.deleteIfExists(part.report()); // a stale report must not pass for this run's
            part.main().run(args.toArray(String[]::new));
            return new Done(part, (System.nanoTime() - t) / 1_000_000, null);
        } catch (Throwable failure) { // one broken bench must not cost the figures of the others
            failure.printStackTrace();
            return new Done(part, (System.nanoTime() - t) / 1_000_000, failure);
        }
    }

    private static String summary(List<Done> done, long totalMillis, double loadAtStart) {
        StringBuilder s = new StringBuilder("| bench | minutes | finished |\n|---|---|---|\n");
        done.forEach(d -> s.append(String.format(Locale.ROOT, "| %s | %.1f | %s |%n", d.part().name(),
                d.millis() / 60_000.0, d.failure() == null ? "yes" : "no: " + d.failure())));
        s.append(String.format(Locale.ROOT, "| all | %.1f | %s the %d-minute budget |%n", totalMillis / 60_000.0,
                totalMillis <= BUDGET.toMillis() ? "within" : "OVER", BUDGET.toMinutes()));
        s.append(String.format(Locale.ROOT, "load average at start %.2f, at end %.2f (%d cores)", loadAtStart,
                loadAverage(), Runtime.getRuntime().availableProcessors()));
        return s.toString();
    }

    private static String json(List<Done> done, long totalMillis, double loadAtStart) throws Exception {
        List<String> parts = new ArrayList<>();
        for (Done d : done) {
            String report = Files.exists(d.part().report()) ? Files.readString(d.part().report()).strip() : "null";
            parts.add(String.format(Locale.ROOT, "{\"name\": \"%s\", \"millis\": %d, \"finished\": %b, "
                            + "\"failure\": %s, \"report\": %s}", d.part().name(), d.millis(), d.failure() == null,
                    d.failure() == null ? "null" : "\"" + d.failure().toString().replaceAll("[\\\\\"\\s]+", " ")
                            + "\"", report));
        }
        return String.format(Locale.ROOT, "{\"benchmark\": \"all\", \"jvm\": \"%s\", \"cores\": %d, "
                        + "\"maxHeapBytes\": %d, \"totalMillis\": %d, \"budgetMillis\": %d, \"loadAverageAtStart\": "
                        + "%.2f, \"loadAverageAtEnd\": %.2f, \"parts\": [\n%s]}\n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(), totalMillis,
                BUDGET.toMillis(), loadAtStart, loadAverage(), parts.stream().collect(Collectors.joining(",\n")));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
