package nl.bijeen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How deduplication time grows from one size to the next, beside how n·log n grows: issue 7 asks that it grow no
 * faster. Blocking keeps the pairs scored near-linear in n; sorting and grouping add the log n.
 *
 * @param timeRatio  median time at n2 / median time at n1
 * @param nLogNRatio (n2·log n2) / (n1·log n1)
 */
record DedupeGrowth(int n1, int n2, double timeRatio, double nLogNRatio) {

    static List<DedupeGrowth> of(List<SizeResult> results) {
        List<DedupeGrowth> growth = new ArrayList<>();
        for (int i = 1; i < results.size(); i++) {
            SizeResult a = results.get(i - 1);
            SizeResult b = results.get(i);
            growth.add(new DedupeGrowth(a.items(), b.items(), b.medianMillis() / a.medianMillis(),
                    nLogN(b.items()) / nLogN(a.items())));
        }
        return growth;
    }

    private static double nLogN(int n) {
        return n * Math.log(n);
    }

    boolean withinNLogN() {
        return timeRatio <= nLogNRatio;
    }

    static String table(List<DedupeGrowth> growth) {
        return "| from → to items | time ratio | n·log n ratio | grows no faster than n·log n |\n|---|---|---|---|\n"
                + growth.stream().map(g -> String.format(Locale.ROOT, "| %,d → %,d | %.2f | %.2f | %s |", g.n1, g.n2,
                g.timeRatio, g.nLogNRatio, g.withinNLogN() ? "yes" : "no")).collect(Collectors.joining("\n"));
    }

    String json() {
        return String.format(Locale.ROOT, "{\"fromItems\": %d, \"toItems\": %d, \"timeRatio\": %.3f, "
                + "\"nLogNRatio\": %.3f, \"withinNLogN\": %b}", n1, n2, timeRatio, nLogNRatio, withinNLogN());
    }
}
