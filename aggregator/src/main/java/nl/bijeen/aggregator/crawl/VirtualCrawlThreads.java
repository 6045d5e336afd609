package nl.bijeen.aggregator.crawl;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs every crawl on a virtual thread of its own ({@code bijeen-crawl-N}), at most {@code limit} at a time.
 * A crawl mostly waits (for a website, a host's turn, the database), which costs a virtual thread nothing; the
 * limit keeps the number of open connections and database transactions where the operator expects it. A task
 * waits for its permit on its own virtual thread, so whoever submits is never blocked.
 */
final class VirtualCrawlThreads extends AbstractExecutorService {

    static final String NAME_PREFIX = "bijeen-crawl-";

    private final ExecutorService threads =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(NAME_PREFIX, 0).factory());
    private final Semaphore permits;

    VirtualCrawlThreads(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("at least one crawl at a time, not " + limit);
        }
        this.permits = new Semaphore(limit, true);
    }

    @Override
    public void execute(Runnable task) {
        threads.execute(() -> {
            try {
                permits.acquire();
            } catch (InterruptedException e) { // shut down before its turn came: the crawl never started
                Thread.currentThread().interrupt();
                return;
            }
            try {
                task.run();
            } finally {
                permits.release();
            }
        });
    }

    @Override
    public void shutdown() {
        threads.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return threads.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return threads.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return threads.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return threads.awaitTermination(timeout, unit);
    }
}
