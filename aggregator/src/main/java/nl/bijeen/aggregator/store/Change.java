package nl.bijeen.aggregator.store;

/**
 * One entry of the global change sequence: activity {@code activityId} was inserted, updated or removed in the
 * transaction that took sequence number {@code seq}. Sequence numbers are handed out in commit order, so a
 * reader that has seen everything up to {@code seq} never misses a later commit.
 */
public record Change(long seq, long activityId, Op op) {

    public enum Op { INSERT, UPDATE, REMOVE }
}
