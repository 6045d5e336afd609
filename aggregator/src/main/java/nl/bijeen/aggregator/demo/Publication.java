package nl.bijeen.aggregator.demo;

import java.time.Clock;
import java.util.List;

/**
 * An activity as one site publishes it: that site's title and description, and its organiser under the name this
 * site gives it.
 */
public record Publication(DemoSite site, DemoActivity activity, String title, String description,
                          DemoOrganiser organiser) {

    public DemoSchedule schedule() {
        return activity.schedule();
    }

    public DemoPlace place() {
        return activity.place();
    }

    /** The dates this site shows: the first date (a calendar adds its RRULE), up to four dates on agenda and recipe pages. */
    public List<DemoOccurrence> shownOccurrences(Clock clock) {
        return switch (site.format()) {
            case ICAL, RSS, ATOM -> schedule().upcoming(clock, 1);
            case JSONLD, RECIPE_BUURTHUIS, RECIPE_BIBLIOTHEEK ->
                    schedule().upcoming(clock, JsonLdPageRenderer.OCCURRENCES_PER_SERIES);
        };
    }
}
