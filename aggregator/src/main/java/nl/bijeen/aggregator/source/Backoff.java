package nl.bijeen.aggregator.source;

import java.time.Duration;

/**
 * When to try a failing source again: soon after a first failure (a hiccup), then doubling, but never later than
 * its regular schedule — a source that is down for a day is still tried as often as a healthy one.
 */
public final class Backoff {

    static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    private Backoff() {
    }

    /** The share of a delay that jitter may take off, so sources that failed together do not retry together. */
    static final double JITTER = 0.2;

    /**
     * The delay after {@code consecutiveFailures} failures, shortened by up to {@value #JITTER} of itself at random
     * (shortened, not lengthened: the delay never passes the schedule). {@code random} is injected so tests can fix it.
     */
    public static Duration afterFailures(int consecutiveFailures, Duration schedule,
                                         java.util.random.RandomGenerator random) {
        Duration delay = afterFailures(consecutiveFailures, schedule);
        return delay.minusMillis((long) (delay.toMillis() * JITTER * random.nextDouble()));
    }

    /** Delay before the next attempt after {@code consecutiveFailures} (≥ 1) failures in a row, without jitter. */
    public static Duration afterFailures(int consecutiveFailures, Duration schedule) {
        int doublings = Math.min(Math.max(consecutiveFailures - 1, 0), 20);
        Duration retry = FIRST_RETRY.multipliedBy(1L << doublings);
        return retry.compareTo(schedule) < 0 ? retry : schedule;
    }
}
