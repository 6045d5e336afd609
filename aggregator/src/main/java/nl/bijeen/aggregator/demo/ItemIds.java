package nl.bijeen.aggregator.demo;

/**
 * The stable ids the demo sites give their items: the same for an activity on a site from one day to the next,
 * different between sites (a cross-post is two items that only dedupe can join).
 */
final class ItemIds {

    private ItemIds() {
    }

    /** iCal UID: activity@site. */
    static String icalUid(DemoSite site, DemoActivity activity) {
        return activity.id() + "@" + site.id() + ".demo.bijeen.nl";
    }

    /** RSS guid and Atom id. */
    static String feedId(DemoSite site, DemoActivity activity) {
        return "urn:bijeen-demo:" + site.id() + ":" + activity.id();
    }

    /** JSON-LD @id of one dated event on an agenda page: each occurrence is an event of its own. */
    static String eventId(DemoSite site, DemoActivity activity, DemoOccurrence occurrence) {
        return feedId(site, activity) + ":" + occurrence.start().toLocalDate();
    }

    /** The item id under which {@code site} publishes {@code occurrence} of {@code activity}. */
    static String itemId(DemoSite site, DemoActivity activity, DemoOccurrence occurrence) {
        return switch (site.format()) {
            case ICAL -> icalUid(site, activity);
            case RSS, ATOM -> feedId(site, activity);
            case JSONLD -> eventId(site, activity, occurrence);
        };
    }

    /** Anchor of the activity on the site's pages. */
    static String anchor(DemoActivity activity) {
        return "activiteit-" + activity.id();
    }
}
