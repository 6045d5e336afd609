package nl.bijeen.aggregator.store;

/**
 * One entry of the global change sequence: entity {@code activityId} (an activity, or for
 * {@link Entity#ORGANISATION} entries an organisation id) was inserted, updated or removed in the transaction that
 * took sequence number {@code seq}. Sequence numbers are handed out in commit order, so a reader that has seen
 * everything up to {@code seq} never misses a later commit. Each follower applies the entities it keeps and steps
 * over the others, so every follower can compare its position with the store's last sequence number.
 */
public record Change(long seq, long activityId, Op op, Entity entity) {

    public enum Op { INSERT, UPDATE, REMOVE }

    /** What a change is about; activity and organisation ids are separate number ranges. */
    public enum Entity { ACTIVITY, ORGANISATION }

    /** A change of an activity. */
    public Change(long seq, long activityId, Op op) {
        this(seq, activityId, op, Entity.ACTIVITY);
    }

    /** A change of an organisation, numbered when it is appended. */
    public static Change ofOrganisation(long organisationId, Op op) {
        return new Change(0, organisationId, op, Entity.ORGANISATION);
    }

    /** The id of the activity or organisation changed. */
    public long entityId() {
        return activityId;
    }

    public boolean isActivity() {
        return entity == Entity.ACTIVITY;
    }
}
