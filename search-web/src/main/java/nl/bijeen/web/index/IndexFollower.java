package nl.bijeen.web.index;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
    private final AtomicLong failedTicks = new AtomicLong();
    /** Only touched by the follower thread. */
    private int failuresInARow;
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

    /** How many background ticks failed (and were retried) since start; for monitoring and tests. */
    public long failedTicks() {
        return failedTicks.get();
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
            refreshIfNewDay();
            if (failuresInARow > 0) {
                LOG.info("The search index is being updated again, after {} failed attempts", failuresInARow);
                failuresInARow = 0;
            }
        } catch (Exception e) {
            failedTicks.incrementAndGet();
            // The full story once; after that one line per attempt, so a database outage does not flood the log.
            if (failuresInARow++ == 0) {
                LOG.warn("Updating the search index after change {} failed; trying again every tick",
                        lastAppliedSeq, e);
            } else {
                LOG.warn("Updating the search index still fails (attempt {}): {}", failuresInARow, e.toString());
            }
        }
    }

    /**
     * Applies every change available now, batch by batch, committing after each batch.
     *
     * @return how many changes were applied
     */
    public synchronized int catchUp() throws Exception {
        rebuildIfTheStoreWasReset();
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

    /**
     * A store whose change sequence is behind the index was reset (for example its database file was deleted but
     * the index folder kept): the index then describes activities that no longer exist, so it starts again from 0.
     */
    private void rebuildIfTheStoreWasReset() throws Exception {
        if (lastAppliedSeq == 0) {
            return;
        }
        long storeSeq = store.lastSeq();
        if (storeSeq < lastAppliedSeq) {
            LOG.warn("The search index is at change {} but the store only at {}: the store was reset. "
                    + "Rebuilding the index from the store.", lastAppliedSeq, storeSeq);
            index.clear();
            lastAppliedSeq = 0;
        }
    }

    /**
     * Once a day, recomputes every document from the store: which dates are still to come and which one is next
     * (the sort order) change with the calendar, not only with the store. A new index needs no refresh: all its
     * documents were just written today.
     *
     * @return how many activities were refreshed
     */
    public synchronized int refreshIfNewDay() throws Exception {
        LocalDate today = index.today();
        LocalDate asOf = index.datesAsOf();
        if (today.equals(asOf)) {
            return 0;
        }
        List<Long> ids = asOf == null ? List.of() : index.ids();
        for (long id : ids) {
            indexAsStored(id);
        }
        index.commit(lastAppliedSeq, today);
        if (!ids.isEmpty()) {
            LOG.info("Upcoming dates of {} activities brought up to {}", ids.size(), today);
        }
        return ids.size();
    }

    private void apply(List<Change> batch) throws Exception {
        for (Change change : batch) {
            if (!change.isActivity()) {
                continue; // organisations have an index of their own, which follows the same sequence
            }
            if (change.op() == Change.Op.REMOVE) {
                index.remove(change.activityId());
            } else {
                indexAsStored(change.activityId());
            }
        }
        long seq = batch.getLast().seq();
        index.commit(seq);
        lastAppliedSeq = seq;
        LOG.debug("Search index now at change {} ({} applied)", seq, batch.size());
    }

    /** Indexes the activity as the store has it now, or removes it when the store no longer has it. */
    private void indexAsStored(long activityId) throws Exception {
        Optional<StoredActivity> current = store.find(activityId);
        if (current.isPresent()) {
            index.put(current.get());
        } else {
            index.remove(activityId);
        }
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
