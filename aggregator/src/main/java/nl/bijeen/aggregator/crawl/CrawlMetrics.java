package nl.bijeen.aggregator.crawl;

import java.time.Duration;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Crawl metrics in the registry the aggregator was started with: {@code bijeen.crawl.fetches} and
 * {@code bijeen.crawl.duration} by outcome (ok, not-modified, failed, suspicious) and {@code bijeen.crawl.items}
 * by change (new, updated, gone); for the HTTP part alone, {@code bijeen.fetch.duration} by result (fetched,
 * not-modified, failed) and {@code bijeen.fetch.bytes}, the size of each document received (gzip undone), so that a slow or swelling website shows apart from slow parsing or storing.
 */
final class CrawlMetrics {

    static final String FETCHES = "bijeen.crawl.fetches";
    static final String DURATION = "bijeen.crawl.duration";
    static final String ITEMS = "bijeen.crawl.items";
    static final String FETCH_DURATION = "bijeen.fetch.duration";
    static final String FETCH_BYTES = "bijeen.fetch.bytes";

    private final MeterRegistry registry;

    CrawlMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    void record(CrawlOutcome outcome, Duration took) {
        String name = outcomeName(outcome);
        Counter.builder(FETCHES).tag("outcome", name).description("crawl attempts by outcome")
                .register(registry).increment();
        Timer.builder(DURATION).tag("outcome", name).description("time one crawl took")
                .register(registry).record(took);
        items("new", outcome.inserted());
        items("updated", outcome.updated());
        items("gone", outcome.removed());
    }

    /**
     * The fetch step of one crawl — the source's URL with its redirects and robots.txt, and for a recipe source the
     * checks of its further pages — that ended with {@code result}, or failed (null).
     */
    void fetched(FetchResult result, Duration took) {
        String name = result == null ? "failed"
                : result instanceof FetchResult.NotModified ? "not-modified" : "fetched";
        Timer.builder(FETCH_DURATION).tag("result", name).description("time the fetch step of one crawl took")
                .register(registry).record(took);
        if (result instanceof FetchResult.Fetched fetched) {
            DistributionSummary.builder(FETCH_BYTES).baseUnit("bytes").description("size of each document received")
                    .register(registry).record(fetched.body().length);
        }
    }

    private void items(String change, int count) {
        Counter counter = Counter.builder(ITEMS).tag("change", change).description("stored activities by change")
                .register(registry);
        if (count > 0) {
            counter.increment(count);
        }
    }

    static String outcomeName(CrawlOutcome outcome) {
        if (outcome.suspicious()) {
            return "suspicious";
        }
        if (!outcome.success()) {
            return "failed";
        }
        return outcome.notModified() ? "not-modified" : "ok";
    }
}
