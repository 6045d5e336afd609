package nl.bijeen.aggregator.store;

/**
 * One source item within an activity, for reviewing a merge.
 *
 * @param itemId       the store's id of the source item
 * @param sourceId     its source
 * @param sourceItemId the source's own id of it
 * @param title        its title as published
 * @param linkScore    the similarity with which it joined, or null (it founded the activity, or an admin merged it)
 */
public record ClusterMember(long itemId, String sourceId, String sourceItemId, String title, Double linkScore) {
}
