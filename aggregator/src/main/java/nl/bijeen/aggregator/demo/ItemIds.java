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

    /**
     * The link of an activity on a recipe site, relative to its agenda page: the recipe connector uses the absolute
     * link as item id. Buurthuis entries link to a page per activity (which need not exist); library rows link to
     * the detail page the site serves.
     */
    static String recipeLink(DemoSite site, DemoActivity activity) {
        return switch (site.format()) {
            case RECIPE_BUURTHUIS -> "activiteiten/" + activity.id() + ".html";
            case RECIPE_BIBLIOTHEEK -> "agenda/" + activity.id() + ".html";
            default -> throw new IllegalArgumentException(site.id() + " is not a recipe site");
        };
    }

    /** The item id under which {@code site}, served under {@code base}, publishes {@code occurrence} of {@code activity}. */
    static String itemId(DemoSite site, DemoActivity activity, DemoOccurrence occurrence, java.net.URI base) {
        return switch (site.format()) {
            case ICAL -> icalUid(site, activity);
            case RSS, ATOM -> feedId(site, activity);
            case JSONLD -> eventId(site, activity, occurrence);
            case RECIPE_BUURTHUIS, RECIPE_BIBLIOTHEEK ->
                    DemoWorld.feedUri(base, site).resolve(recipeLink(site, activity)).toString();
        };
    }

    /** Anchor of the activity on the site's pages. */
    static String anchor(DemoActivity activity) {
        return "activiteit-" + activity.id();
    }
}
