package nl.bijeen.aggregator.demo;

/**
 * Ground truth: one item a demo site publishes.
 *
 * @param itemId     the id a connector should report as {@code sourceItemId}
 * @param title      the title as this site words it
 * @param occurrence the first (or only) date the item carries, or {@code null} for an ongoing offer
 */
public record ExpectedItem(String siteId, String itemId, String activityId, String title, DemoOccurrence occurrence,
                           boolean cancelled) {
}
