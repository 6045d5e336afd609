package nl.bijeen.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.bijeen.aggregator.demo.DemoFormat;

/**
 * What the parser bench measured for one format: per document (one demo site's feed, with a recipe site's further
 * pages) the median over the timed rounds, in nanoseconds, for the raw parser alone, the connector, and the connector
 * followed by the normaliser (the crawl's pipeline from bytes to drafts ready to store).
 */
record ParserTimes(DemoFormat format, String rawParser, int documents, int pages, long bytes, int activities,
                   long[] rawNanos, long[] connectorNanos, long[] pipelineNanos) {

    static String header() {
        return "| format | raw parser | documents | pages | KB | activities | raw median µs | connector median µs |"
                + " pipeline median µs | connector / raw | pipeline / raw |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|";
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %,.1f | %,d | %,.0f | %,.0f | %,.0f | %.2f | %.2f |",
                format.worldName(), rawParser, documents, pages, bytes / 1024.0, activities, median(rawNanos) / 1e3,
                median(connectorNanos) / 1e3, median(pipelineNanos) / 1e3, connectorOverRaw(), pipelineOverRaw());
    }

    /** Summed over the documents (each its median), so a format's big documents weigh as much as they cost. */
    double connectorOverRaw() {
        return (double) sum(connectorNanos) / sum(rawNanos);
    }

    double pipelineOverRaw() {
        return (double) sum(pipelineNanos) / sum(rawNanos);
    }

    String json() {
        return String.format(Locale.ROOT, "{\"format\": \"%s\", \"rawParser\": \"%s\", \"documents\": %d, "
                        + "\"pages\": %d, \"bytes\": %d, \"activities\": %d, \"rawMedianMicros\": %.1f, "
                        + "\"connectorMedianMicros\": %.1f, \"pipelineMedianMicros\": %.1f, \"connectorOverRaw\": %.3f,"
                        + " \"pipelineOverRaw\": %.3f}", format.worldName(), rawParser, documents, pages, bytes,
                activities, median(rawNanos) / 1e3, median(connectorNanos) / 1e3, median(pipelineNanos) / 1e3,
                connectorOverRaw(), pipelineOverRaw());
    }

    /** The median of the documents' own medians. */
    private static double median(long[] perDocument) {
        long[] sorted = perDocument.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static long sum(long[] values) {
        return Arrays.stream(values).sum();
    }

    static long medianOf(List<Long> rounds) {
        long[] sorted = rounds.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
