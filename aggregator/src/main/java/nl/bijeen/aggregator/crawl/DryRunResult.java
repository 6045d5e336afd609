package nl.bijeen.aggregator.crawl;

import java.net.URI;
import java.util.List;

import nl.bijeen.connectors.model.ActivityDraft;

/**
 * What a crawl of a source would understand right now, without anything stored.
 *
 * @param fetched    the URL the document came from after redirects ({@code null} when the fetch failed before)
 * @param format     the format asked for ("auto" or a connector format)
 * @param activities the activities understood, normalised as a crawl would store them (empty after an error)
 * @param warnings   what the connector could not understand, in its own words
 * @param error      a plain Dutch explanation of why fetching or reading failed, or {@code null}
 */
public record DryRunResult(URI fetched, String format, List<ActivityDraft> activities, List<String> warnings,
                           String error) {

    public DryRunResult {
        activities = activities == null ? List.of() : List.copyOf(activities);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static DryRunResult failed(URI fetched, String format, String error) {
        return new DryRunResult(fetched, format, List.of(), List.of(), error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
