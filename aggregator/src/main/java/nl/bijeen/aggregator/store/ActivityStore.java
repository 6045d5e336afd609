package nl.bijeen.aggregator.store;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Read side of the store, used by the index follower and the web module.
 * (Contract fixed by the foundation; implementation owned by the aggregator.)
 */
public class ActivityStore {

    public ActivityStore(DataSource dataSource) {
        throw new UnsupportedOperationException("TODO aggregator");
    }

    /** The highest committed change sequence number, 0 for an empty store. */
    public long lastSeq() {
        throw new UnsupportedOperationException("TODO aggregator");
    }

    /** Changes with seq greater than {@code afterSeq}, ascending, at most {@code limit}. */
    public List<Change> changesAfter(long afterSeq, int limit) {
        throw new UnsupportedOperationException("TODO aggregator");
    }

    /** The activity as currently stored; empty when it was removed or never existed. */
    public Optional<StoredActivity> find(long activityId) {
        throw new UnsupportedOperationException("TODO aggregator");
    }
}
