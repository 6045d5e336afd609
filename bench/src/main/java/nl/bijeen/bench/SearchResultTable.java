package nl.bijeen.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one size measured, as table rows and JSON.
 *
 * @param generateMillis   generating the activities (not Bijeen's cost; shown so a slow run can be explained)
 * @param buildMillis      indexing every activity and committing
 * @param peakBuildHeap    highest heap use while generating and indexing: mostly the generated data, a bench cost
 * @param heapAfterIndex   heap in use after a full GC with the index open and the generated activities dropped;
 *                         small, because Lucene keeps terms and doc values off-heap (memory-mapped files): what a
 *                         web node needs besides its heap is page cache for the index size on disk
 * @param heapWithApp      heap in use after a full GC once the HTTP runs are done: the running application (its
 *                         beans, Netty, H2, the index) plus the bench's client; 0 when HTTP was skipped
 * @param zeroResultQueries queries of the mix that found nothing even after relaxing
 * @param runs             the in-process and HTTP runs
 * @param wrk              the HTTP run driven by wrk, null when wrk is not installed or HTTP was skipped
 * @param pg               the same mix on PostgreSQL full-text search, null when skipped
 */
record SearchResultTable(int activities, long generateMillis, long buildMillis, long indexBytes, long peakBuildHeap,
                         long heapAfterIndex, long heapWithApp, int zeroResultQueries, List<LoadRun.Measured> runs,
                         WrkRun.Result wrk, PgRun.Result pg) {

    String summary() {
        return String.format(Locale.ROOT, "%,d activities: generated in %,d ms, indexed in %,d ms (%,.0f/s), "
                        + "index %,.1f MB on disk, peak heap generating and indexing %,.0f MB, heap after indexing "
                        + "%,.0f MB, heap with the application running %,.0f MB, %d queries of the mix find nothing",
                activities,
                generateMillis, buildMillis, activities / (buildMillis / 1000.0), indexBytes / 1048576.0,
                peakBuildHeap / 1048576.0, heapAfterIndex / 1048576.0, heapWithApp / 1048576.0, zeroResultQueries);
    }

    static String header() {
        return "| activities | run | threads | requests | median ms | p99 ms | max ms | req/s | errors |\n"
                + "|---|---|---|---|---|---|---|---|---|";
    }

    String rows() {
        return runs.stream().map(r -> String.format(Locale.ROOT,
                "| %,d | %s | %d | %,d | %.2f | %.2f | %.1f | %,.0f | %d |", activities, r.name(), r.threads(),
                r.all().count(), r.all().percentileMillis(50),
                r.all().percentileMillis(99), r.all().percentileMillis(100), r.perSecond(), r.errors()))
                .collect(Collectors.joining("\n")) + (wrk == null ? "" : "\n" + wrk.row(activities))
                + (pg == null ? "" : "\n" + pgRows());
    }

    private String pgRows() {
        return pg.runs().stream().map(r -> String.format(Locale.ROOT,
                "| %,d | %s | %d | %,d | %.2f | %.2f | %.1f | %,.0f | %d |", activities, r.name(), r.threads(),
                r.all().count(), r.all().percentileMillis(50), r.all().percentileMillis(99),
                r.all().percentileMillis(100), r.perSecond(), r.errors())).collect(Collectors.joining("\n"));
    }

    /** The PostgreSQL comparison as a table of ratios, empty when PostgreSQL was skipped. */
    String pgComparison() {
        return pg == null ? "" : PgComparison.table(this, pg);
    }

    /** Median and p99 per query class, for the first run (one thread in-process: no queueing in the figures). */
    String byKind() {
        LoadRun.Measured first = runs.getFirst();
        StringBuilder s = new StringBuilder("| query class (" + first.name() + ", " + first.threads()
                + " thread) | requests | median ms | p99 ms |\n|---|---|---|---|\n");
        first.byKind().forEach((kind, l) -> s.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f |%n", kind,
                l.count(), l.percentileMillis(50), l.percentileMillis(99))));
        s.append("\nslowest queries (median ms): ").append(slowest(first, 8)).append('\n');
        return s.toString();
    }

    /** Where the p99 comes from: the queries to look at first when making search faster. */
    private static String slowest(LoadRun.Measured run, int n) {
        return run.byQuery().entrySet().stream()
                .sorted(Comparator.comparingDouble(
                        (Map.Entry<String, Latencies> e) -> -e.getValue().percentileMillis(50)))
                .limit(n)
                .map(e -> String.format(Locale.ROOT, "\"%s\" %.1f", e.getKey(), e.getValue().percentileMillis(50)))
                .collect(Collectors.joining(", "));
    }

    String json() {
        String runsJson = runs.stream().map(r -> String.format(Locale.ROOT,
                "{\"run\": \"%s\", \"threads\": %d, \"requests\": %d, \"medianMillis\": %.3f, \"p99Millis\": %.3f, "
                        + "\"maxMillis\": %.3f, \"perSecond\": %.1f, \"errors\": %d, \"byClass\": {%s}}",
                r.name(), r.threads(), r.all().count(), r.all().percentileMillis(50), r.all().percentileMillis(99),
                r.all().percentileMillis(100), r.perSecond(), r.errors(), kindsJson(r.byKind())))
                .collect(Collectors.joining(",\n    "));
        return String.format(Locale.ROOT, "{\"activities\": %d, \"generateMillis\": %d, \"buildMillis\": %d, "
                        + "\"indexBytes\": %d, \"peakBuildHeapBytes\": %d, \"heapAfterIndexBytes\": %d, "
                        + "\"heapWithAppBytes\": %d, \"zeroResultQueries\": %d, \"slowestQueries\": \"%s\", "
                        + "\"wrk\": %s, \"postgresFullText\": %s, \"pgOverBijeen\": %s, \"runs\": [\n    %s]}",
                activities, generateMillis, buildMillis, indexBytes, peakBuildHeap, heapAfterIndex, heapWithApp,
                zeroResultQueries, slowest(runs.getFirst(), 8).replace("\"", "'"), wrk == null ? "null" : wrk.json(),
                pg == null ? "null" : pg.json(), pg == null ? "null" : PgComparison.json(this, pg), runsJson);
    }

    static String kindsJson(Map<String, Latencies> byKind) {
        return byKind.entrySet().stream().map(e -> String.format(Locale.ROOT,
                "\"%s\": {\"requests\": %d, \"medianMillis\": %.3f, \"p99Millis\": %.3f}", e.getKey(),
                e.getValue().count(), e.getValue().percentileMillis(50), e.getValue().percentileMillis(99)))
                .collect(Collectors.joining(", "));
    }
}
