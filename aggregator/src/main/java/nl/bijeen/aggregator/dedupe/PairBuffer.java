package nl.bijeen.aggregator.dedupe;

import java.util.Arrays;

/**
 * Candidate pairs (packed by {@link Blocking#pair}) collected with repeats, made distinct once at the end by sorting.
 * A {@code HashSet<Long>} did the same job, but {@code Long.hashCode} of a packed pair is {@code a ^ b}: items of one
 * activity have neighbouring indexes, so most pairs fell into a few thousand hash codes and the set slowed down as
 * it grew (at 1M items dedupe time grew faster than n·log n). Sorting a primitive array costs n·log n, boxes nothing.
 */
final class PairBuffer {

    private long[] pairs = new long[1024];
    private int size;

    void add(long pair) {
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size++] = pair;
    }

    /** The pairs added, each once, in ascending order. */
    long[] distinct() {
        long[] sorted = Arrays.copyOf(pairs, size);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, unique);
    }
}
