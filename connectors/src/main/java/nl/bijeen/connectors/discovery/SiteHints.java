package nl.bijeen.connectors.discovery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Addresses a site's software is known to publish even when the page does not link them: a WordPress site's
 * {@code /feed/}, The Events Calendar's iCal export {@code /events/?ical=1}; and, only when a page offers nothing
 * at all, a few common agenda addresses.
 */
final class SiteHints {

    /** Tried only when nothing else was found, in this order. */
    static final List<String> COMMON_PATHS = List.of("/feed/", "/agenda/feed/", "/events/?ical=1", "/agenda.ics");

    private SiteHints() {
    }

    /** What the site's software publishes and {@code found} does not already hold. */
    static List<Proposal> software(org.jsoup.nodes.Document page, URI base, List<Proposal> found) {
        List<Proposal> extra = new ArrayList<>();
        URI root = base.resolve("/");
        if (isWordPress(page) && found.stream().noneMatch(p -> p.format().equals("feed"))) {
            extra.add(new Proposal(root.resolve("/feed/"), "feed", FoundVia.WORDPRESS, null));
        }
        if (hasEventsCalendar(page) && found.stream().noneMatch(p -> LinkScanner.isEventsCalendarExport(p.url()))) {
            extra.add(new Proposal(root.resolve("/events/?ical=1"), "ical", FoundVia.EVENTS_CALENDAR, null));
        }
        return extra;
    }

    /** The common addresses on the page's site. */
    static List<Proposal> commonPaths(URI base) {
        URI root = base.resolve("/");
        return COMMON_PATHS.stream()
                .map(path -> new Proposal(root.resolve(path), path.contains("feed") ? "feed" : "ical",
                        FoundVia.COMMON_PATH, null))
                .toList();
    }

    private static boolean isWordPress(org.jsoup.nodes.Document page) {
        return !page.select("meta[name=generator][content^=WordPress], link[rel=https://api.w.org/],"
                + " [href*=/wp-content/], [src*=/wp-content/], [href*=/wp-json/]").isEmpty();
    }

    private static boolean hasEventsCalendar(org.jsoup.nodes.Document page) {
        return !page.select("[class*=tribe-events], [href*=/plugins/the-events-calendar/],"
                + " [src*=/plugins/the-events-calendar/]").isEmpty();
    }
}
