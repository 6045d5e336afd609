package nl.bijeen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of one crawl bench run.
 *
 * @param items            items the world publishes (ground truth)
 * @param storedItems      live items in the store after the first crawl
 * @param crawlMillis      first crawl, from the aggregator's start until every source was crawled (fetch, parse,
 *                         normalise, dedupe, store)
 * @param endToEndMillis   the same until the index had applied the store's last change
 * @param indexOnlyMillis  a fresh index built from the finished store (the index stage alone)
 * @param recrawlMillis    every source crawled again, the world unchanged
 * @param recrawl304       requests answered 304 in the re-crawl, of {@code recrawlRequests}
 */
record CrawlReport(int sites, int items, String database, long generateMillis, long storedItems,
                   long activities, int failedSources, double f1, double precision, double recall,
                   long crawlMillis, long endToEndMillis, long indexOnlyMillis, long peakHeapBytes, long gcMillis,
                   Map<Integer, Long> firstStatuses, long recrawlMillis, long recrawl304, long recrawlRequests,
                   long recrawlChanges, String driver) {

    double itemsPerSecond() {
        return items * 1000.0 / Math.max(1, endToEndMillis);
    }

    double crawlItemsPerSecond() {
        return items * 1000.0 / Math.max(1, crawlMillis);
    }

    double indexItemsPerSecond() {
        return storedItems * 1000.0 / Math.max(1, indexOnlyMillis);
    }

    double share304() {
        return recrawlRequests == 0 ? 0 : (double) recrawl304 / recrawlRequests;
    }

    double ratio() {
        return (double) endToEndMillis / Math.max(1, recrawlMillis);
    }

    String table() {
        return String.join("\n",
                row("world", "%d sites, %d items (generated in %.1f s)", sites, items, generateMillis / 1e3),
                row("store", "%s", database),
                row("driver", "%s", driver),
                row("first crawl, end to end", "%.1f s, %.0f items/s (target >= 2000)", endToEndMillis / 1e3,
                        itemsPerSecond()),
                row("  crawl + store", "%.1f s, %.0f items/s", crawlMillis / 1e3, crawlItemsPerSecond()),
                row("  index alone (rebuild)", "%.1f s, %.0f items/s", indexOnlyMillis / 1e3, indexItemsPerSecond()),
                row("  answers", "%s", firstStatuses),
                row("stored", "%d items, %d activities, %d failed sources", storedItems, activities, failedSources),
                row("grouping vs ground truth", "precision %.4f, recall %.4f, F1 %.4f", precision, recall, f1),
                row("peak heap", "%.0f MB (GC %d ms)", peakHeapBytes / 1048576.0, gcMillis),
                row("re-crawl, unchanged", "%.2f s, %.1f%% of %d requests answered 304, %d changes stored",
                        recrawlMillis / 1e3, 100 * share304(), recrawlRequests, recrawlChanges),
                row("first / re-crawl", "%.1f x (target >= 10)", ratio()));
    }

    void write(Path out) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", "crawl");
        json.put("jvm", Runtime.version().toString());
        json.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        json.put("report", this);
        json.put("itemsPerSecond", itemsPerSecond());
        json.put("crawlItemsPerSecond", crawlItemsPerSecond());
        json.put("indexItemsPerSecond", indexItemsPerSecond());
        json.put("share304", share304());
        json.put("firstOverRecrawl", ratio());
        Files.createDirectories(out.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
    }

    private static String row(String label, String format, Object... values) {
        return String.format(Locale.ROOT, "%-26s %s", label, String.format(Locale.ROOT, format, values));
    }
}
