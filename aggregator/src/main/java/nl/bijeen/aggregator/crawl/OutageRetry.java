package nl.bijeen.aggregator.crawl;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
                if (!lostConnection(e) || Instant.now().plus(pause).isAfter(deadline)) {
                    throw e;
                }
                LOG.info("{}: the database is unreachable (attempt {}), trying again: {}", what, attempt,
                        e.getMessage());
                sleep(pause, e);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /**
     * True when {@code failure} says the connection to the database was lost or could not be had (SQLSTATE class
     * 08, connection exception; 57P, the server shutting down), not that the write itself was wrong.
     */
    static boolean lostConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
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
