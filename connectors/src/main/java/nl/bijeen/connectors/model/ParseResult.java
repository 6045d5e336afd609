package nl.bijeen.connectors.model;

import java.util.List;

/**
 * What a connector made of one document: the activities it understood, warnings for what it did not, and who
 * publishes the document (feed or site metadata: an RSS channel, an Atom feed's author, a calendar's name, a page's
 * schema.org Organization), or {@code null} when the document does not say.
 */
public record ParseResult(List<ActivityDraft> activities, List<Warning> warnings, Organiser publisher) {

    public ParseResult {
        activities = List.copyOf(activities);
        warnings = List.copyOf(warnings);
    }

    /** A result whose document does not name its publisher. */
    public ParseResult(List<ActivityDraft> activities, List<Warning> warnings) {
        this(activities, warnings, null);
    }
}
