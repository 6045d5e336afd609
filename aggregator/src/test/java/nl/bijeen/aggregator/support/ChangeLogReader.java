package nl.bijeen.aggregator.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.aggregator.store.Change;

/**
 * Reads the change sequence on a thread of its own the way the search index follows it — always the page after the
 * last number seen — and keeps trying when a read fails (the database is down), so a test can tell whether a
 * follower would have missed a change.
 */
public final class ChangeLogReader implements AutoCloseable {

    private final ActivityStore store;
    private final List<Long> seen = new ArrayList<>();
    private final AtomicLong failedReads = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long last;

    public ChangeLogReader(ActivityStore store) {
        this.store = store;
        this.thread = Thread.ofPlatform().daemon().name("change-log-reader").start(this::follow);
    }

    /** The last sequence number read. */
    public long last() {
        return last;
    }

    public long failedReads() {
        return failedReads.get();
    }

    /** Every sequence number read so far, in the order read. */
    public synchronized List<Long> seen() {
        return List.copyOf(seen);
    }

    private void follow() {
        while (running) {
            try {
                List<Change> page = store.changesAfter(last, 100);
                record(page);
                if (page.isEmpty()) {
                    pollInterval();
                }
            } catch (RuntimeException e) {
                failedReads.incrementAndGet(); // the store is unreachable: read the same page again
                pollInterval();
            }
        }
    }

    /** A follower's poll interval: nothing new yet, or the store did not answer. */
    private void pollInterval() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    private synchronized void record(List<Change> page) {
        for (Change change : page) {
            seen.add(change.seq());
            last = change.seq();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(10_000);
    }
}
