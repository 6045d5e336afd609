package nl.bijeen.bench;

import java.util.Locale;

/**
 * What one size measured.
 *
 * @param items      items deduplicated
 * @param keysMillis extracting the dedupe keys of every item ({@code DedupeItem.of}), once
 * @param medianMillis median wall time of {@code Deduplicator.cluster} over the timed runs
 * @param runMillis  every timed run
 * @param compared   candidate pairs scored (what blocking let through)
 * @param peakHeapBytes the highest heap use seen during the timed runs (sum of the heap pools' peaks)
 * @param gcMillis   time the collectors reported during the timed runs
 */
record SizeResult(int items, long keysMillis, double medianMillis, double[] runMillis, long compared, long groups,
                  long peakHeapBytes, long gcMillis, double precision, double recall, double f1) {

    double itemsPerSecond() {
        return items / (medianMillis / 1000);
    }

    String row() {
        return String.format(Locale.ROOT, "| %,9d | %,9.0f | %,11.0f | %,12d | %,9.0f | %,7d | %.4f | %.4f | %.4f |",
                items, medianMillis, itemsPerSecond(), compared, peakHeapBytes / 1048576.0, gcMillis, precision,
                recall, f1);
    }

    static String header() {
        return "|     items | median ms |     items/s | pairs scored | peak heap MB | GC ms | precision | recall |"
                + "     F1 |\n|---|---|---|---|---|---|---|---|---|";
    }

    String json() {
        StringBuilder runs = new StringBuilder();
        for (double r : runMillis) {
            runs.append(runs.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", r));
        }
        return String.format(Locale.ROOT, "{\"items\": %d, \"keysMillis\": %d, \"medianMillis\": %.1f, "
                        + "\"runMillis\": [%s], \"itemsPerSecond\": %.0f, \"pairsCompared\": %d, \"groups\": %d, "
                        + "\"peakHeapBytes\": %d, \"gcMillis\": %d, \"precision\": %.5f, \"recall\": %.5f, "
                        + "\"f1\": %.5f}", items, keysMillis, medianMillis, runs, itemsPerSecond(), compared, groups,
                peakHeapBytes, gcMillis, precision, recall, f1);
    }
}
