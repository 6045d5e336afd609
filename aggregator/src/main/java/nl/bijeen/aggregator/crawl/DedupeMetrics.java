package nl.bijeen.aggregator.crawl;

import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import nl.bijeen.aggregator.store.DedupeResult;

/**
 * Deduplication metrics of crawls: {@code bijeen.dedupe.activities} by change (new, updated, gone — what the index
 * follows, as opposed to the source items of {@code bijeen.crawl.items}), {@code bijeen.dedupe.merged} (activities
 * of a crawl that combine several sources) and {@code bijeen.dedupe.pairs} (pairs scored: what blocking left).
 */
final class DedupeMetrics {

    static final String ACTIVITIES = "bijeen.dedupe.activities";
    static final String MERGED = "bijeen.dedupe.merged";
    static final String PAIRS = "bijeen.dedupe.pairs";

    private final MeterRegistry registry;

    DedupeMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    void record(DedupeResult result) {
        activities("new", result.inserted());
        activities("updated", result.updated());
        activities("gone", result.removed());
        count(Counter.builder(MERGED).description("merged activities touched by crawls"), result.merged());
        count(Counter.builder(PAIRS).description("pairs of items compared by deduplication"), result.compared());
    }

    private void activities(String change, int count) {
        count(Counter.builder(ACTIVITIES).tag("change", change).description("activities by change"), count);
    }

    private void count(Counter.Builder builder, long amount) {
        Counter counter = builder.register(registry);
        if (amount > 0) {
            counter.increment(amount);
        }
    }
}
