package nl.bijeen.aggregator.demo;

/**
 * Ground truth: one item a demo site publishes.
 *
 * @param itemId     the id a connector should report as {@code sourceItemId}
 * @param title      the title as this site words it
 * @param occurrence the first (or only) date the item carries, or {@code null} for an ongoing offer
 * @param dates      how many dates the document spells out for the item: an agenda page lists each date of a series
 *                   as an Event of its own (which the connector joins into one item), a feed item carries its next
 *                   date, a VEVENT its first (its RRULE makes more)
 * @param organiser  the organiser as this site names it (how much of its contact the document carries depends on
 *                   the format)
 */
public record ExpectedItem(String siteId, String itemId, String activityId, String title, DemoOccurrence occurrence,
                           boolean cancelled, int dates, DemoOrganiser organiser) {
}
