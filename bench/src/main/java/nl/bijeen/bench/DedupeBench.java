package nl.bijeen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.bijeen.aggregator.dedupe.Clustering;
import nl.bijeen.aggregator.dedupe.DedupeItem;
import nl.bijeen.aggregator.dedupe.DedupeSettings;
import nl.bijeen.aggregator.dedupe.Deduplicator;
import nl.bijeen.aggregator.dedupe.Overrides;
import nl.bijeen.aggregator.dedupe.labelled.LabelledSet;
import nl.bijeen.aggregator.dedupe.labelled.PairwiseScore;
import nl.bijeen.aggregator.demo.DemoWorld;

/**
 * Times {@link Deduplicator#cluster} on labelled sets generated from the demo world (10k, 100k and 1M items by
 * default), in one JVM: one warm-up run at the first size, then the median of the timed runs per size (one run at
 * 1M: a run there takes minutes). Reports items/s, pairs scored, peak heap and pairwise precision/recall/F1, and how
 * the time grows from size to size beside n·log n, as tables and as {@code bench/target/dedupe-report.json}.
 */
public final class DedupeBench {

    /** A fixed Monday, so every run of the bench sees the same dates. */
    private static final Clock REFERENCE = Clock.fixed(Instant.parse("2027-01-04T07:00:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    private DedupeBench() {
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        DemoWorld world = DemoWorld.load(options.config());
        List<SizeResult> results = new ArrayList<>();
        System.out.println("Deduplication bench, one warm-up run at the first size, then " + options.runs()
                + " timed runs per size (" + options.runsAt1m() + " from 1M items on), JVM " + Runtime.version()
                + ", max heap " + Runtime.getRuntime().maxMemory() / 1048576 + " MB");
        for (int size : options.sizes()) {
            // the first size warms the JIT up for all; a warm-up run at 1M would cost minutes and teach it nothing
            results.add(measure(world, size, results.isEmpty(), size >= 1_000_000 ? options.runsAt1m()
                    : options.runs(), options));
            System.out.println(SizeResult.header());
            results.forEach(r -> System.out.println(r.row()));
        }
        System.out.println("\ngrowth of the median time from one size to the next\n"
                + DedupeGrowth.table(DedupeGrowth.of(results)));
        write(options.out(), results);
        System.out.println("written to " + options.out().toAbsolutePath());
    }

    private static SizeResult measure(DemoWorld world, int size, boolean warmUp, int timedRuns, Options options) {
        LabelledSet set = LabelledSet.generate(world, size, options.seed(), REFERENCE);
        long started = System.nanoTime();
        List<DedupeItem> items = set.dedupeItems();
        long keysMillis = (System.nanoTime() - started) / 1_000_000;
        Deduplicator deduplicator = new Deduplicator(DedupeSettings.defaults());
        if (warmUp) {
            deduplicator.cluster(items, Overrides.none()); // JIT, class loading
        }
        Heap heap = new Heap();
        heap.reset();
        double[] runs = new double[timedRuns];
        Clustering clustering = null;
        for (int run = 0; run < runs.length; run++) {
            long t = System.nanoTime();
            clustering = deduplicator.cluster(items, Overrides.none());
            runs[run] = (System.nanoTime() - t) / 1e6;
        }
        PairwiseScore score = PairwiseScore.of(clustering, set.truth());
        double[] sorted = runs.clone();
        Arrays.sort(sorted);
        return new SizeResult(items.size(), keysMillis, sorted[sorted.length / 2], runs, clustering.compared(),
                clustering.groups().size(), heap.peakBytes(), heap.gcMillisSinceReset(), score.precision(),
                score.recall(), score.f1());
    }

    private static void write(Path out, List<SizeResult> results) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        StringBuilder json = new StringBuilder("{\"benchmark\": \"dedupe\", \"jvm\": \"" + Runtime.version()
                + "\", \"maxHeapBytes\": " + Runtime.getRuntime().maxMemory() + ", \"sizes\": [\n");
        for (int i = 0; i < results.size(); i++) {
            json.append("  ").append(results.get(i).json()).append(i + 1 < results.size() ? ",\n" : "\n");
        }
        json.append("], \"growth\": [").append(DedupeGrowth.of(results).stream().map(DedupeGrowth::json)
                .collect(Collectors.joining(", ")));
        Files.writeString(out, json.append("]}\n").toString());
    }

    /** Command-line options, with the defaults a plain run from the repository root needs. */
    record Options(List<Integer> sizes, int runs, int runsAt1m, long seed, Path config, Path out) {

        static Options parse(String[] args) {
            List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
            int runs = 3;
            int runsAt1m = 1;
            long seed = 42;
            Path config = Path.of("config");
            Path out = Path.of("bench", "target", "dedupe-report.json");
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(s -> s.strip()
                            .toLowerCase(Locale.ROOT).replace("k", "000").replace("m", "000000"))
                            .map(Integer::valueOf).toList();
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--runs-1m" -> runsAt1m = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--config" -> config = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(sizes, runs, runsAt1m, seed, config, out);
        }
    }
}
