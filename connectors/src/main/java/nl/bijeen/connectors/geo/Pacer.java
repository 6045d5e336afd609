package nl.bijeen.connectors.geo;

import java.time.Duration;
import java.util.Objects;

/**
 * Keeps calls to a shared public service at least a minimum delay apart, across threads. Time is read from a
 * {@link Ticker}, so tests measure the spacing on a test clock instead of sleeping.
 */
final class Pacer {

    /** A monotonic clock that can wait. */
    interface Ticker {
        long nanoTime();

        void sleep(Duration duration) throws InterruptedException;

        Ticker SYSTEM = new Ticker() {
            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(Duration duration) throws InterruptedException {
                Thread.sleep(duration);
            }
        };
    }

    private final Duration minDelay;
    private final Ticker ticker;
    private boolean started;
    private long lastStart;

    Pacer(Duration minDelay, Ticker ticker) {
        this.minDelay = Objects.requireNonNull(minDelay, "minDelay");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    /** Waits until the minimum delay since the previous call's start has passed, then marks this call's start. */
    synchronized void awaitTurn() throws InterruptedException {
        if (started) {
            long wait = minDelay.toNanos() - (ticker.nanoTime() - lastStart);
            if (wait > 0) {
                ticker.sleep(Duration.ofNanos(wait));
            }
        }
        started = true;
        lastStart = ticker.nanoTime();
    }
}
