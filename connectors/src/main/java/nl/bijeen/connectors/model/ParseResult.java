package nl.bijeen.connectors.model;

import java.util.List;

/** What a connector made of one document: the activities it understood and warnings for what it did not. */
public record ParseResult(List<ActivityDraft> activities, List<Warning> warnings) {

    public ParseResult {
        activities = List.copyOf(activities);
        warnings = List.copyOf(warnings);
    }
}
