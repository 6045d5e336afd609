package nl.bijeen.aggregator.store;

import java.time.Instant;
import java.util.List;

/**
 * One crawl attempt of one source, as the crawl log keeps it (for the admin screen).
 *
 * @param itemsFound   items the source delivered, {@code null} when nothing was read (failure, not modified)
 * @param httpStatus   the HTTP status when known
 * @param warningCount all warnings of the crawl; {@code warnings} holds only the first few
 * @param error        why it failed or was held back, in plain Dutch; {@code null} when it went well
 */
public record CrawlLogEntry(String sourceId, Instant startedAt, long durationMs, Outcome outcome, Integer httpStatus,
                            Integer itemsFound, int inserted, int updated, int removed, int missing,
                            int warningCount, List<String> warnings, String error) {

    /** How a crawl attempt ended. */
    public enum Outcome {
        /** read and stored */
        OK,
        /** the server said nothing changed (304) */
        NOT_MODIFIED,
        /** could not be read; nothing stored was changed */
        FAILED,
        /** read, but far fewer items than before: held back, nothing stored was changed */
        SUSPICIOUS
    }

    /** How many warning texts a row keeps. */
    public static final int WARNINGS_KEPT = 5;

    public CrawlLogEntry {
        warnings = warnings == null ? List.of()
                : List.copyOf(warnings.subList(0, Math.min(WARNINGS_KEPT, warnings.size())));
    }

    /** An attempt that changed nothing: failed, suspicious or not modified. */
    public static CrawlLogEntry withoutChanges(String sourceId, Instant startedAt, long durationMs, Outcome outcome,
                                              Integer itemsFound, String error) {
        return new CrawlLogEntry(sourceId, startedAt, durationMs, outcome, null, itemsFound, 0, 0, 0, 0, 0,
                List.of(), error);
    }

    public CrawlLogEntry withHttpStatus(Integer status) {
        return new CrawlLogEntry(sourceId, startedAt, durationMs, outcome, status, itemsFound, inserted, updated,
                removed, missing, warningCount, warnings, error);
    }
}
