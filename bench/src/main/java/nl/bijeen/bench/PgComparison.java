package nl.bijeen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PostgreSQL full-text search beside Bijeen's search in the same bench run, as ratios PG / Bijeen of the median and
 * the p99 (above 1: Bijeen is faster), per number of concurrent clients and per query class; Bijeen in-process and
 * over HTTP. Issue 7's mark is a ratio of at least 10.
 */
final class PgComparison {

    static final String IN_PROCESS = "in-process";
    static final String HTTP = "HTTP /api/activities";

    private PgComparison() {
    }

    static String table(SearchResultTable bijeen, PgRun.Result pg) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%nPostgreSQL full-text search (%,d activities,"
                        + " pool of %d connections) beside Bijeen: median / p99 ms, ratio PG / Bijeen%n"
                        + "queries of the mix that find nothing: PostgreSQL %d with all words (%d with any word), "
                        + "Bijeen %d%n", bijeen.activities(), pg.pool(), pg.exactZero(), pg.zeroResults(),
                bijeen.zeroResultQueries()));
        s.append("| clients | class | PostgreSQL | Bijeen in-process | PG / in-process | Bijeen HTTP | PG / HTTP |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (LoadRun.Measured run : pg.runs()) {
            Optional<LoadRun.Measured> inProcess = find(bijeen, IN_PROCESS, run.threads());
            Optional<LoadRun.Measured> http = find(bijeen, HTTP, run.threads());
            List<String> classes = new ArrayList<>(List.of("all"));
            classes.addAll(run.byKind().keySet());
            for (String kind : classes) {
                Latencies p = latencies(run, kind);
                Latencies i = inProcess.map(r -> latencies(r, kind)).orElse(null);
                Latencies h = http.map(r -> latencies(r, kind)).orElse(null);
                s.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %s |%n", run.threads(), kind,
                        cell(p), cell(i), ratio(p, i), cell(h), ratio(p, h)));
            }
        }
        return s.toString();
    }

    static String json(SearchResultTable bijeen, PgRun.Result pg) {
        return pg.runs().stream().map(run -> {
            Optional<LoadRun.Measured> inProcess = find(bijeen, IN_PROCESS, run.threads());
            Optional<LoadRun.Measured> http = find(bijeen, HTTP, run.threads());
            String classes = run.byKind().keySet().stream().map(kind -> String.format(Locale.ROOT,
                    "\"%s\": {\"inProcess\": %s, \"http\": %s}", kind,
                    ratioJson(latencies(run, kind), inProcess.map(r -> latencies(r, kind)).orElse(null)),
                    ratioJson(latencies(run, kind), http.map(r -> latencies(r, kind)).orElse(null))))
                    .collect(Collectors.joining(", "));
            return String.format(Locale.ROOT, "{\"clients\": %d, \"pgOverInProcess\": %s, \"pgOverHttp\": %s, "
                            + "\"byClass\": {%s}}", run.threads(),
                    ratioJson(run.all(), inProcess.map(LoadRun.Measured::all).orElse(null)),
                    ratioJson(run.all(), http.map(LoadRun.Measured::all).orElse(null)), classes);
        }).collect(Collectors.joining(", ", "[", "]"));
    }

    private static Optional<LoadRun.Measured> find(SearchResultTable bijeen, String name, int threads) {
        return bijeen.runs().stream().filter(r -> r.name().equals(name) && r.threads() == threads).findFirst();
    }

    private static Latencies latencies(LoadRun.Measured run, String kind) {
        return kind.equals("all") ? run.all() : run.byKind().get(kind);
    }

    private static String cell(Latencies l) {
        return l == null || l.count() == 0 ? "-" : String.format(Locale.ROOT, "%.2f / %.1f",
                l.percentileMillis(50), l.percentileMillis(99));
    }

    private static String ratio(Latencies pg, Latencies bijeen) {
        return bijeen == null || bijeen.count() == 0 || pg.count() == 0 ? "-" : String.format(Locale.ROOT,
                "%.1f× / %.1f×", pg.percentileMillis(50) / bijeen.percentileMillis(50),
                pg.percentileMillis(99) / bijeen.percentileMillis(99));
    }

    private static String ratioJson(Latencies pg, Latencies bijeen) {
        return bijeen == null || bijeen.count() == 0 || pg.count() == 0 ? "null" : String.format(Locale.ROOT,
                "{\"median\": %.2f, \"p99\": %.2f}", pg.percentileMillis(50) / bijeen.percentileMillis(50),
                pg.percentileMillis(99) / bijeen.percentileMillis(99));
    }
}
