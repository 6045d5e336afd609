package nl.bijeen.aggregator.source;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
 * @param settings            what sources.yml says beyond the address: defaults, priority, owner, paused
 */
public record SourceStatus(String id, String name, URI url, String format, Duration schedule, boolean enabled,
                           Instant lastAttemptAt, Instant lastSuccessAt, String lastError, int consecutiveFailures,
                           int itemCount, Long lastDurationMs, Instant nextDueAt,
                           String parkedReason, Settings settings) {

    /** The operator's settings of a source; see {@link SourceDefinition} for their meaning. */
    public record Settings(List<String> defaultAudiences, List<String> defaultThemes, String defaultWijk,
                           int priority, String ownerEmail, boolean paused) {

        public static final Settings NONE = new Settings(List.of(), List.of(), null, 0, null, false);

        public Settings {
            defaultAudiences = defaultAudiences == null ? List.of() : List.copyOf(defaultAudiences);
            defaultThemes = defaultThemes == null ? List.of() : List.copyOf(defaultThemes);
        }
    }

    public SourceStatus {
        settings = settings == null ? Settings.NONE : settings;
    }

    /** A status without operator settings (as before sources carried them). */
    public SourceStatus(String id, String name, URI url, String format, Duration schedule, boolean enabled,
                        Instant lastAttemptAt, Instant lastSuccessAt, String lastError, int consecutiveFailures,
                        int itemCount, Long lastDurationMs, Instant nextDueAt, String parkedReason) {
        this(id, name, url, format, schedule, enabled, lastAttemptAt, lastSuccessAt, lastError, consecutiveFailures,
                itemCount, lastDurationMs, nextDueAt, parkedReason, Settings.NONE);
    }

    /** True when it failed too often in a row and waits for an admin or its owner to turn it back on. */
    public boolean parked() {
        return parkedReason != null;
    }

    /** True when the last attempt failed. */
    public boolean failing() {
        return consecutiveFailures > 0;
    }

    /** True when an operator paused it in sources.yml: not crawled on schedule. */
    public boolean paused() {
        return settings.paused();
    }
}
