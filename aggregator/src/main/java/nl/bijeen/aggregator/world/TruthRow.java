package nl.bijeen.aggregator.world;

/**
 * One line of a generated world's ground truth: an item a site publishes and the activity it describes.
 *
 * @param siteId     the site, also the id of its {@code SourceDefinition}
 * @param itemId     the id the site's connector reports as {@code sourceItemId}
 * @param truth      the real-world activity: items with equal truth are the same activity, whatever their wording
 * @param activityId the generated activity copy behind the item (unique per site and activity)
 * @param title      the title as this site words it
 */
public record TruthRow(String siteId, String itemId, String truth, String activityId, String title) {
}
