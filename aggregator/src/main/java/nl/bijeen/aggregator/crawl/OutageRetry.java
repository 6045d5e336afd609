package nl.bijeen.aggregator.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.aggregator.store.LostConnection;

/**
 * Runs a small store write again while it fails for want of a database connection — the server restarting, or the
 * pool handing out a connection the server has just closed — for a bounded time. A crawl that failed because the
 * database went away records its failure this way: without it, the failure could not be written at all, and the
 * source would stay claimed, uncrawled, until its lease ran out.
 */
final class OutageRetry {

    private static final Logger LOG = LoggerFactory.getLogger(OutageRetry.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final Duration patience;

    /** @param patience how long to keep trying; after that the last failure is thrown */
    OutageRetry(Duration patience) {
        this.patience = patience;
    }

    <T> T run(String what, Supplier<T> write) {
        Instant deadline = Instant.now().plus(patience);
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!LostConnection.causedBy(e) || Instant.now().plus(pause).isAfter(deadline)) {
                    throw e;
                }
                LOG.info("{}: the database is unreachable (attempt {}), trying again: {}", what, attempt,
                        e.getMessage());
                sleep(pause, e);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration pause, RuntimeException failure) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the crawler is stopping: give up with the write's own failure
            throw failure;
        }
    }
}
