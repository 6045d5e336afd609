package nl.bijeen.aggregator.crawl;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Aborts a request when the fetch's total time is up, wherever it is (connecting, waiting, reading): the client's
 * own timeouts are per step, a slow drip of bytes would pass them all.
 */
final class FetchDeadline {

    private final ScheduledFuture<?> abort;
    private volatile boolean passed;

    FetchDeadline(Cancellable request, ScheduledExecutorService timer, long deadlineNanos) {
        this.abort = timer.schedule(() -> {
            passed = true;
            request.cancel();
        }, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    boolean passed() {
        return passed;
    }

    void cancel() {
        abort.cancel(false);
    }
}
