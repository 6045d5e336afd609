package nl.bijeen.aggregator.crawl;

import java.util.List;

import nl.bijeen.connectors.model.Warning;

/**
 * How one crawl of one source ended.
 *
 * @param sourceId    the source
 * @param success     true when the source was read (or reported not modified) and the store now reflects it
 * @param notModified true when the server answered 304: nothing was parsed or changed
 * @param inserted    activities added (or back after being gone)
 * @param updated     activities whose content changed
 * @param removed     activities marked gone by this crawl (missing K crawls in a row, or missing and past)
 * @param warnings    what the connector (or the writer) could not use; never stops the rest of the crawl
 * @param error       why it failed or was held back, in plain Dutch; {@code null} on success
 * @param missing     activities this crawl lacked that are kept for now
 * @param suspicious  true when the source delivered far fewer items than it has and the crawl was held back:
 *                    nothing was changed (then {@code success} is false and {@code error} explains it)
 * @param notice      for a crawl on request, what an admin should know about the source's state beyond this crawl
 *                    (parked, paused), in plain Dutch; {@code null} when there is nothing to say
 */
public record CrawlOutcome(String sourceId, boolean success, boolean notModified, int inserted, int updated,
                           int removed, List<Warning> warnings, String error, int missing, boolean suspicious,
                           String notice) {

    public CrawlOutcome {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An outcome without a notice. */
    public CrawlOutcome(String sourceId, boolean success, boolean notModified, int inserted, int updated,
                        int removed, List<Warning> warnings, String error, int missing, boolean suspicious) {
        this(sourceId, success, notModified, inserted, updated, removed, warnings, error, missing, suspicious, null);
    }

    /** The same outcome with this notice (replacing any earlier one). */
    public CrawlOutcome withNotice(String text) {
        return new CrawlOutcome(sourceId, success, notModified, inserted, updated, removed, warnings, error, missing,
                suspicious, text);
    }

    /** An outcome without lifecycle details (nothing missing, not suspicious). */
    public CrawlOutcome(String sourceId, boolean success, boolean notModified, int inserted, int updated,
                        int removed, List<Warning> warnings, String error) {
        this(sourceId, success, notModified, inserted, updated, removed, warnings, error, 0, false);
    }

    static CrawlOutcome stored(String sourceId, int inserted, int updated, int removed, int missing,
                               List<Warning> warnings) {
        return new CrawlOutcome(sourceId, true, false, inserted, updated, removed, warnings, null, missing, false);
    }

    static CrawlOutcome notModified(String sourceId) {
        return new CrawlOutcome(sourceId, true, true, 0, 0, 0, List.of(), null);
    }

    static CrawlOutcome failed(String sourceId, String error) {
        return new CrawlOutcome(sourceId, false, false, 0, 0, 0, List.of(), error);
    }

    static CrawlOutcome heldBack(String sourceId, String error, List<Warning> warnings) {
        return new CrawlOutcome(sourceId, false, false, 0, 0, 0, warnings, error, 0, true);
    }

    /** True when the crawl changed at least one stored activity. */
    public boolean changedActivities() {
        return inserted + updated + removed > 0;
    }
}
