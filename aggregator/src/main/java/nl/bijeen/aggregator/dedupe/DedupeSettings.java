package nl.bijeen.aggregator.dedupe;

import java.time.Duration;

/**
 * How eagerly items from different sources are taken for the same activity (bound from
 * {@code bijeen.aggregator.dedupe.*}).
 *
 * @param threshold     a pair whose {@link Similarity} score reaches this is the same activity (0..1)
 * @param timeTolerance two starts on the same day this close together count as the same time
 * @param nearMetres    two places this close together count as the same place
 */
public record DedupeSettings(double threshold, Duration timeTolerance, double nearMetres) {

    public DedupeSettings {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("the dedupe threshold must be above 0 and at most 1, was " + threshold);
        }
        if (timeTolerance == null || timeTolerance.isNegative()) {
            throw new IllegalArgumentException("the dedupe time tolerance must be zero or more");
        }
        if (!(nearMetres > 0)) {
            throw new IllegalArgumentException("the dedupe near distance must be above 0 metres");
        }
    }

    public static DedupeSettings defaults() {
        return new DedupeSettings(0.70, Duration.ofMinutes(15), 150);
    }
}
