package nl.bijeen.connectors.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a connector needs to know about the source besides its bytes.
 *
 * @param sourceId    id of the source, copied into every activity
 * @param formatHint  "auto" or a connector's {@link ActivityConnector#format()}
 * @param defaultZone zone for floating times and zone-less dates (Europe/Amsterdam unless the source says otherwise)
 * @param horizon     how far ahead recurring activities are expanded
 * @param now         the reference instant: recurrences are expanded from here to {@code now + horizon}
 * @param recipe      name of the recipe (config/recipes/NAME.yml) for pages without markup, or {@code null}
 * @param pages       how a connector loads further pages of the same source (detail pages, next pages, feeds found
 *                    by autodiscovery): the aggregator passes its polite, safe fetcher; connectors never open
 *                    connections themselves
 */
public record SourceSettings(String sourceId, String formatHint, ZoneId defaultZone, Duration horizon, Instant now,
                             String recipe, PageLoader pages) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Amsterdam");
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(365);

    public SourceSettings {
        Objects.requireNonNull(sourceId, "sourceId");
        formatHint = formatHint == null || formatHint.isBlank() ? "auto" : formatHint;
        defaultZone = defaultZone == null ? DEFAULT_ZONE : defaultZone;
        horizon = horizon == null ? DEFAULT_HORIZON : horizon;
        now = now == null ? Instant.now() : now;
        pages = pages == null ? PageLoader.NONE : pages;
    }

    /** Settings without a recipe and without loading further pages. */
    public SourceSettings(String sourceId, String formatHint, ZoneId defaultZone, Duration horizon, Instant now) {
        this(sourceId, formatHint, defaultZone, horizon, now, null, PageLoader.NONE);
    }

    /** Settings with every default, for a source known only by its id. */
    public static SourceSettings defaults(String sourceId) {
        return new SourceSettings(sourceId, "auto", null, null, null);
    }
}
