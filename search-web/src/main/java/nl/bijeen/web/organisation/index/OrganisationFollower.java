package nl.bijeen.web.organisation.index;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.bijeen.aggregator.organisation.OrganisationStore;
import nl.bijeen.aggregator.organisation.StoredOrganisation;
import nl.bijeen.aggregator.store.ActivityStore;
import nl.bijeen.aggregator.store.Change;

/**
 * Keeps the organisation index in step with the store by reading the global change sequence after the last number
 * the index committed, applying the organisation entries and stepping over the activity ones (the activity index
 * follows those). Each change is applied by looking at the organisation as it is now, so applying it twice or late is
 * harmless. A batch that fails (a database outage) is logged and redone on the next tick: nothing is skipped.
 */
public final class OrganisationFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationFollower.class);

    private final OrganisationIndex index;
    private final ActivityStore changes;
    private final OrganisationStore organisations;
    private final int batchSize;
    private volatile long lastAppliedSeq;
    private final AtomicLong failedTicks = new AtomicLong();
    /** Only touched by the follower thread. */
    private int failuresInARow;
    private final Object lifecycle = new Object();
    private ScheduledExecutorService executor;

    public OrganisationFollower(OrganisationIndex index, ActivityStore changes, OrganisationStore organisations,
                                int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        this.index = index;
        this.changes = changes;
        this.organisations = organisations;
        this.batchSize = batchSize;
        this.lastAppliedSeq = index.committedSeq();
    }

    /** The highest change sequence number whose effect is committed to the index and visible to searches. */
    public long lastAppliedSeq() {
        return lastAppliedSeq;
    }

    /** How many background ticks failed (and were retried) since start. */
    public long failedTicks() {
        return failedTicks.get();
    }

    /** Follows the store on one background thread, checking for new changes every {@code interval}. */
    public void start(Duration interval) {
        synchronized (lifecycle) {
            if (executor != null) {
                throw new IllegalStateException("the organisation follower is already running");
            }
            executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "bijeen-organisation-follower");
                thread.setDaemon(true);
                return thread;
            });
            executor.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        LOG.info("Organisation index follower started at change {} (checking every {})", lastAppliedSeq, interval);
    }

    private void tick() {
        try {
            catchUp();
            if (failuresInARow > 0) {
                LOG.info("The organisation index is being updated again, after {} failed attempts", failuresInARow);
                failuresInARow = 0;
            }
        } catch (Exception e) {
            failedTicks.incrementAndGet();
            // The full story once; after that one line per attempt, so a database outage does not flood the log.
            if (failuresInARow++ == 0) {
                LOG.warn("Updating the organisation index after change {} failed; trying again every tick",
                        lastAppliedSeq, e);
            } else {
                LOG.warn("Updating the organisation index still fails (attempt {}): {}", failuresInARow,
                        e.toString());
            }
        }
    }

    /**
     * Applies every change available now, batch by batch, committing after each batch.
     *
     * @return how many organisation changes were applied
     */
    public synchronized int catchUp() throws Exception {
        rebuildIfTheStoreWasReset();
        int applied = 0;
        while (true) {
            List<Change> batch = changes.changesAfter(lastAppliedSeq, batchSize);
            if (batch.isEmpty()) {
                return applied;
            }
            applied += apply(batch);
            if (batch.size() < batchSize) {
                return applied;
            }
        }
    }

    /** A store whose sequence is behind the index was reset: the index describes what no longer exists. */
    private void rebuildIfTheStoreWasReset() throws Exception {
        if (lastAppliedSeq == 0) {
            return;
        }
        long storeSeq = changes.lastSeq();
        if (storeSeq < lastAppliedSeq) {
            LOG.warn("The organisation index is at change {} but the store only at {}: the store was reset. "
                    + "Rebuilding the organisation index from the store.", lastAppliedSeq, storeSeq);
            index.clear();
            lastAppliedSeq = 0;
        }
    }

    private int apply(List<Change> batch) throws Exception {
        int applied = 0;
        for (Change change : batch) {
            if (change.entity() != Change.Entity.ORGANISATION) {
                continue; // activities have an index of their own, which follows the same sequence
            }
            if (change.op() == Change.Op.REMOVE) {
                index.remove(change.entityId());
            } else {
                indexAsStored(change.entityId());
            }
            applied++;
        }
        // Committed even when the batch held only activity changes: the position moves on, so a restart does not
        // read them again.
        long seq = batch.getLast().seq();
        index.commit(seq);
        lastAppliedSeq = seq;
        return applied;
    }

    /** Indexes the organisation as the store has it now, or removes it when it is gone. */
    private void indexAsStored(long organisationId) throws Exception {
        Optional<StoredOrganisation> current = organisations.find(organisationId);
        if (current.isPresent()) {
            index.put(current.get());
        } else {
            index.remove(organisationId);
        }
    }

    /** Stops following; a tick that is running finishes first. */
    @Override
    public void close() throws InterruptedException {
        synchronized (lifecycle) {
            if (executor != null) {
                executor.shutdown();
                if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                    LOG.warn("The organisation index follower did not stop within 30 s");
                }
                executor = null;
            }
        }
    }
}
