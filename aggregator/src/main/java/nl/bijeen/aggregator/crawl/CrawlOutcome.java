package nl.bijeen.aggregator.crawl;

import java.util.List;

import nl.bijeen.connectors.model.Warning;

/**
 * How one crawl of one source ended.
 *
 * @param sourceId    the source
 * @param success     true when the source was read (or reported not modified) and the store now reflects it
 * @param notModified true when the server answered 304: nothing was parsed or changed
 * @param inserted    activities added
 * @param updated     activities whose content changed
 * @param removed     activities the source no longer publishes
 * @param warnings    what the connector (or the writer) could not use; never stops the rest of the crawl
 * @param error       why it failed, in plain Dutch; {@code null} on success
 */
public record CrawlOutcome(String sourceId, boolean success, boolean notModified, int inserted, int updated,
                           int removed, List<Warning> warnings, String error) {

    public CrawlOutcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    static CrawlOutcome stored(String sourceId, int inserted, int updated, int removed, List<Warning> warnings) {
        return new CrawlOutcome(sourceId, true, false, inserted, updated, removed, warnings, null);
    }

    static CrawlOutcome notModified(String sourceId) {
        return new CrawlOutcome(sourceId, true, true, 0, 0, 0, List.of(), null);
    }

    static CrawlOutcome failed(String sourceId, String error) {
        return new CrawlOutcome(sourceId, false, false, 0, 0, 0, List.of(), error);
    }

    /** True when the crawl changed at least one stored activity. */
    public boolean changedActivities() {
        return inserted + updated + removed > 0;
    }
}
