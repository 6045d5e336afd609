package nl.bijeen.aggregator.crawl;

import java.time.Duration;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Crawl metrics in the registry the aggregator was started with: {@code bijeen.crawl.fetches} and
 * {@code bijeen.crawl.duration} by outcome (ok, not-modified, failed, suspicious) and {@code bijeen.crawl.items}
 * by change (new, updated, gone).
 */
final class CrawlMetrics {

    static final String FETCHES = "bijeen.crawl.fetches";
    static final String DURATION = "bijeen.crawl.duration";
    static final String ITEMS = "bijeen.crawl.items";

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
