package nl.bijeen.connectors.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one piece of work on its own thread and fails when it takes longer than allowed, so that a document which
 * makes a parser spin is a test failure (with the time in the message) rather than a hanging build. A sleep could
 * not tell "slow" from "stuck"; a bounded wait on a future can.
 */
final class Bounded {

    /** What one document may cost: the limit the named tests assert, on an ordinary JVM. */
    static final Duration PER_DOCUMENT = Duration.ofSeconds(2);
    /**
     * The limit inside a {@code @FuzzTest}, replaying or fuzzing: Jazzer's agent instruments every branch and hooks
     * java.util.regex to guide its mutations, which makes regex-heavy code (the Dutch date reader, the sanitiser's
     * sniffing) tens of times slower. A real hang or blow-up still shows; a slow instrumented run does not fail.
     * With the libraries instrumented as well (JAZZER_INSTRUMENTATION_INCLUDES) jsoup alone is some twenty times
     * slower on the 500 KB seeds: raise it then with {@code -Dbijeen.fuzz.limitSeconds=60}.
     */
    static final Duration UNDER_JAZZER = Duration.ofSeconds(Long.getLong("bijeen.fuzz.limitSeconds", 10));

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "bounded-parse");
        thread.setDaemon(true);
        return thread;
    });

    private Bounded() {
    }

    /**
     * The result of {@code work}, which must finish within {@code limit}. Whatever it throws is thrown here
     * unchanged (checked exceptions as they are, errors such as StackOverflowError too).
     */
    static <T> T within(Duration limit, Callable<T> work) throws Exception {
        Future<T> future = WORKERS.submit(work);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException tooSlow) {
            future.cancel(true);
            throw new AssertionError("one document took longer than " + limit.toMillis() + " ms");
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof Exception e) {
                throw e;
            }
            throw (Error) failed.getCause();
        }
    }
}
