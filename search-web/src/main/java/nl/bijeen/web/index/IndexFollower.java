package nl.bijeen.web.index;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.aggregator.store.Change;
import nl.bijeen.aggregator.store.StoredActivity;

/**
 * Keeps the index in step with the store by reading the store's change sequence after the last sequence number
 * the index committed. Each change is applied by looking at the activity as it is now (not at what changed), so
 * applying a change twice, or late, is harmless. A batch that fails is logged and redone on the next tick from the
 * last committed number: nothing is ever skipped.
 */
public final class IndexFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);

    private final ActivityIndex index;
    private final ActivityStore store;
    private final int batchSize;
    private volatile long lastAppliedSeq;
    /** Guards start/stop only; catchUp has its own monitor so stopping never waits on a blocked tick. */
    private final Object lifecycle = new Object();
    private ScheduledExecutorService executor;

    public IndexFollower(ActivityIndex index, ActivityStore store, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.index = index;
        this.store = store;
        this.batchSize = batchSize;
        this.lastAppliedSeq = index.committedSeq();
    }

    /** The highest change sequence number whose effect is committed to the index and visible to searches. */
    public long lastAppliedSeq() {
        return lastAppliedSeq;
    }

    /** Follows the store on one background thread, checking for new changes every {@code interval}. */
    public void start(Duration interval) {
        synchronized (lifecycle) {
            if (executor != null) {
                throw new IllegalStateException("the index follower is already running");
            }
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "bijeen-index-follower");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        LOG.info("Index follower started at change {} (checking every {})", lastAppliedSeq, interval);
    }

    private void tick() {
        try {
            catchUp();
        } catch (Exception e) {
            LOG.warn("Updating the search index after change {} failed; trying again on the next tick",
                    lastAppliedSeq, e);
        }
    }

    /**
     * Applies every change available now, batch by batch, committing after each batch.
     *
     * @return how many changes were applied
     */
    public synchronized int catchUp() throws Exception {
        int applied = 0;
        while (true) {
            List<Change> batch = store.changesAfter(lastAppliedSeq, batchSize);
            if (batch.isEmpty()) {
                return applied;
            }
            apply(batch);
            applied += batch.size();
            if (batch.size() < batchSize) {
                return applied;
            }
        }
    }

    private void apply(List<Change> batch) throws Exception {
        for (Change change : batch) {
            Optional<StoredActivity> current = change.op() == Change.Op.REMOVE
                    ? Optional.empty() : store.find(change.activityId());
            if (current.isPresent()) {
                index.put(current.get());
            } else {
                index.remove(change.activityId());
            }
        }
        long seq = batch.getLast().seq();
        index.commit(seq);
        lastAppliedSeq = seq;
        LOG.debug("Search index now at change {} ({} applied)", seq, batch.size());
    }

    /** Stops following; a tick that is running finishes first. */
    @Override
    public void close() throws InterruptedException {
        synchronized (lifecycle) {
            if (executor != null) {
                executor.shutdown();
                if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("The index follower did not stop within 30 s");
                }
                executor = null;
            }
        }
    }
}
