package nl.bijeen.aggregator.source;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * A source with its crawl state, as operators see it.
 *
 * @param lastError           why the last crawl failed, in plain Dutch; {@code null} after a success
 * @param consecutiveFailures failed crawls since the last success
 * @param itemCount           activities the last successful crawl found
 * @param lastDurationMs      how long the last crawl took, or {@code null} before the first
 * @param nextDueAt           when the scheduler will crawl it next
 * @param parkedReason        why it is parked (no longer crawled after failing too often), in plain Dutch;
 *                            {@code null} when it is not parked
 */
public record SourceStatus(String id, String name, URI url, String format, Duration schedule, boolean enabled,
                           Instant lastAttemptAt, Instant lastSuccessAt, String lastError, int consecutiveFailures,
                           int itemCount, Long lastDurationMs, Instant nextDueAt,
                           String parkedReason) {

    /** True when it failed too often in a row and waits for an admin or its owner to turn it back on. */
    public boolean parked() {
        return parkedReason != null;
    }

    /** True when the last attempt failed. */
    public boolean failing() {
        return consecutiveFailures > 0;
    }
}
