package nl.bijeen.aggregator.dedupe;

import java.util.List;

/**
 * What admins decided about pairs of source items: these two are the same activity (merge), or these two are
 * never the same (never merge), whatever the scores say. Later crawls respect both.
 */
public record Overrides(List<Pair> merge, List<Pair> never) {

    /** Two source item ids. */
    public record Pair(long a, long b) {
    }

    public Overrides {
        merge = merge == null ? List.of() : List.copyOf(merge);
        never = never == null ? List.of() : List.copyOf(never);
    }

    public static Overrides none() {
        return new Overrides(List.of(), List.of());
    }
}
